/**
 * The notices the service emails, as plain text: Japanese first, English below. Each names what
 * happened, what comes next and where to go; none carries a password.
 */
import 'server-only';
import type { FacilityKind } from '@/lib/domain/roles';
import { translate } from '@/lib/i18n/catalogue';
import { env } from '@/server/env';

export const mailTemplates = [
  'applicationReceived',
  'applicationSubmitted',
  'applicationApproved',
  'applicationRejected',
  'withdrawalRequested',
  'withdrawalCompleted',
] as const;
export type MailTemplate = (typeof mailTemplates)[number];

export interface MailMessage {
  template: MailTemplate;
  subject: string;
  body: string;
}

const divider = '----------------------------------------';
const link = (path: string) => new URL(path, env.baseUrl).toString();
const signature = {
  ja: 'Renraku（在宅ケア連絡帳）\nこのメールは送信専用です。',
  en: 'Renraku, the care-team notebook\nThis address does not receive replies.',
};

function compose(template: MailTemplate, subject: { ja: string; en: string }, ja: string[], en: string[]): MailMessage {
  return {
    template,
    subject: `${subject.ja} / ${subject.en}`,
    body: [...ja, '', signature.ja, '', divider, '', ...en, '', signature.en, ''].join('\n'),
  };
}

/** A notice to the person who applied, greeted by name in each language. */
function composeTo(name: string, template: MailTemplate, subject: { ja: string; en: string }, ja: string[], en: string[]): MailMessage {
  return compose(template, subject, [`${name} 様`, '', ...ja], [`Dear ${name},`, '', ...en]);
}

interface ApplicationFacts {
  regionName: string;
  facilityName: string;
  contactName: string;
}

export function applicationReceivedMail(facts: ApplicationFacts & { loginId: string }): MailMessage {
  return composeTo(
    facts.contactName,
    'applicationReceived',
    { ja: `【${facts.regionName}】施設登録申請を受け付けました`, en: `${facts.regionName}: your facility registration was received` },
    [
      `${facts.facilityName} の施設登録申請を ${facts.regionName} が受け付けました。`,
      '地域管理者が内容を確認し、承認または却下の結果をこのアドレスにお知らせします。',
      `承認されると、申請されたログインID（${facts.loginId}）と、申請時に決めたパスワードでサインインできます。`,
      'お心当たりのない場合は、このメールを破棄してください。',
    ],
    [
      `${facts.regionName} has received the registration of ${facts.facilityName}.`,
      'The region administrator will review it and tell you the outcome at this address.',
      `Once approved, sign in with the login ID you asked for (${facts.loginId}) and the password you chose when applying.`,
      'If you did not apply, please ignore this email.',
    ],
  );
}

export function applicationSubmittedMail(facts: ApplicationFacts & { kind: FacilityKind; email: string }): MailMessage {
  return compose(
    'applicationSubmitted',
    {
      ja: `【${facts.regionName}】新しい施設登録申請: ${facts.facilityName}`,
      en: `${facts.regionName}: new facility application from ${facts.facilityName}`,
    },
    [
      '新しい施設登録申請が届きました。',
      '',
      `施設名: ${facts.facilityName}（${translate('ja', `facilityKind.${facts.kind}`)}）`,
      `担当者: ${facts.contactName}（${facts.email}）`,
      '',
      `内容を確認し、承認または却下してください: ${link('/admin/applications')}`,
    ],
    [
      'A new facility application has arrived.',
      '',
      `Facility: ${facts.facilityName} (${translate('en', `facilityKind.${facts.kind}`)})`,
      `Contact: ${facts.contactName} (${facts.email})`,
      '',
      `Review it and approve or reject it: ${link('/admin/applications')}`,
    ],
  );
}

export function applicationApprovedMail(facts: ApplicationFacts & { loginId: string }): MailMessage {
  return composeTo(
    facts.contactName,
    'applicationApproved',
    { ja: `【${facts.regionName}】施設登録申請が承認されました`, en: `${facts.regionName}: your facility registration was approved` },
    [
      `${facts.facilityName} の施設登録申請が承認されました。あなたは施設管理者として登録されています。`,
      `サインイン: ${link('/signin')}`,
      `ログインID: ${facts.loginId}`,
      'パスワード: 申請時に決めたもの',
      '',
      'サインイン後、「職員アカウント」から職員のアカウントを作成してください。',
    ],
    [
      `The registration of ${facts.facilityName} was approved. You are its facility administrator.`,
      `Sign in: ${link('/signin')}`,
      `Login ID: ${facts.loginId}`,
      'Password: the one you chose when applying',
      '',
      'After signing in, create your staff’s accounts under “Staff accounts”.',
    ],
  );
}

export function applicationRejectedMail(facts: ApplicationFacts & { reason: string; portalPath: string | null }): MailMessage {
  const again = facts.portalPath ? link(facts.portalPath) : null;
  return composeTo(
    facts.contactName,
    'applicationRejected',
    { ja: `【${facts.regionName}】施設登録申請について`, en: `${facts.regionName}: about your facility registration` },
    [
      `${facts.facilityName} の施設登録申請は承認されませんでした。`,
      `理由: ${facts.reason}`,
      '',
      ...(again ? [`内容を改めて申請する場合: ${again}`] : []),
      `ご不明な点は ${facts.regionName} にお問い合わせください。`,
    ],
    [
      `The registration of ${facts.facilityName} was not approved.`,
      `Reason: ${facts.reason}`,
      '',
      ...(again ? [`To apply again: ${again}`] : []),
      `For questions, contact ${facts.regionName}.`,
    ],
  );
}

export function withdrawalRequestedMail(facts: {
  regionName: string;
  facilityName: string;
  reason: string;
  desiredDate: string | null;
}): MailMessage {
  return compose(
    'withdrawalRequested',
    {
      ja: `【${facts.regionName}】利用廃止申請: ${facts.facilityName}`,
      en: `${facts.regionName}: ${facts.facilityName} asks to stop using the service`,
    },
    [
      `${facts.facilityName} から利用廃止申請が届きました。`,
      `理由: ${facts.reason}`,
      `希望日: ${facts.desiredDate ?? '指定なし'}`,
      '',
      `確認して手続きを完了してください: ${link('/admin/facilities')}`,
    ],
    [
      `${facts.facilityName} has asked to stop using the service.`,
      `Reason: ${facts.reason}`,
      `Desired date: ${facts.desiredDate ?? 'none given'}`,
      '',
      `Review and complete it: ${link('/admin/facilities')}`,
    ],
  );
}

export function withdrawalCompletedMail(facts: { regionName: string; facilityName: string }): MailMessage {
  return compose(
    'withdrawalCompleted',
    {
      ja: `【${facts.regionName}】利用廃止の手続きが完了しました`,
      en: `${facts.regionName}: ${facts.facilityName} no longer uses the service`,
    },
    [
      `${facts.facilityName} の利用廃止の手続きが完了しました。施設のすべてのアカウントは停止され、サインインできなくなりました。`,
      '記録は削除されず、所属していた支援チームで引き続き閲覧できます。',
    ],
    [
      `${facts.facilityName} no longer uses the service. Every account of the facility is disabled and can no longer sign in.`,
      'Its records are kept and stay readable to the care teams they belong to.',
    ],
  );
}
