/**
 * The seeded demo accounts the specs sign in with. Each spec that changes an account (its language,
 * its sessions) has one to itself, so specs can run in parallel and on several devices.
 */
import { demoTotpKeys } from '../../../server/demo/demo-totp-keys';

export const demoPassword = 'renraku-demo-1234';

/** The authenticator-app key of a demo account that has one (the administrators), else undefined. */
export function totpKeyOf(loginId: string): string | undefined {
  return demoTotpKeys[loginId.toLowerCase()];
}

export const demoAccounts = {
  /** Sign-in and sign-out, in either language; never changed. */
  nurse: { loginId: 'demo-nurse', name: '佐々木 由美', facility: 'みどり訪問看護ステーション', profession: { en: 'Nurse', ja: '看護師' } },
  /** The offline spec. */
  doctor: { loginId: 'demo-doctor', name: '青木 誠', facility: 'みどり在宅クリニック' },
  /** The language spec: its saved locale changes. */
  careManager: { loginId: 'demo-caremanager', name: '高橋 恵子', facility: 'みどり居宅介護支援事業所' },
  /** The security-header spec, through the API only. */
  pharmacist: { loginId: 'demo-pharmacist', name: '中村 健' },
  /** On 佐藤 一郎's team only, never 山田 花子's (the timeline specs). */
  outsider: { loginId: 'demo-outsider', name: '森 さくら' },
  /** Administrators must pass a second factor: signIn() computes their codes from the known keys. */
  facilityAdmin: { loginId: 'demo-facility-admin', name: '井上 直子', totpKey: demoTotpKeys['demo-facility-admin'] },
  regionAdmin: { loginId: 'demo-region-admin', name: '田中 浩二', totpKey: demoTotpKeys['demo-region-admin'] },
} as const;
