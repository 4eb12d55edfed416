/**
 * The demo world: a fictional city, its facilities and the demo accounts listed in the README
 * (all with the password `renraku-demo-1234`). Only ever written into a database marked "demo".
 */
import 'server-only';
import type { Profession, Role } from '@/lib/domain/roles';
import type { Db, DbExecutor } from '@/server/db/client';
import type { ContentStore } from '@/server/files/content-store';
import { setDatabaseMode } from '@/server/db/meta';
import { createFacility } from '@/server/services/organisation/create-facility';
import { createRegion } from '@/server/services/organisation/create-region';
import { insertApplication } from '@/server/services/applications/insert-application';
import { queueMail } from '@/server/mail/queue-mail';
import { applicationReceivedMail, applicationSubmittedMail } from '@/server/mail/templates';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { seedDemoSecondFactors } from './seed-demo-second-factors';
import { seedDemoClinical } from './demo-clinical';
import { seedDemoTimeline } from './demo-timeline';
import { seedDemoAdminState } from './demo-admin-state';
import { seedDemoForms } from './demo-forms';
import { planDemoMedia, uploadDemoMedia } from './demo-media';
import { seedDemoPatients } from './demo-patients';

export const demoPassword = 'renraku-demo-1234';

/** The region's portal is /join/midori; device approval is off so the demo accounts work in any browser. */
export const demoRegion = { name: 'みどり市', prefecture: '東京都', slug: 'midori', deviceApprovalRequired: false } as const;

/** Where demo-region-admin's notices go (they stay in the mail outbox: the demo has no SMTP). */
export const demoRegionAdminEmail = 'tanaka.koji@city.midori.example.jp';

const facilities = {
  office: { name: 'みどり市 福祉部 地域包括ケア推進課', kind: 'municipality' },
  clinic: { name: 'みどり在宅クリニック', kind: 'clinic' },
  nursing: { name: 'みどり訪問看護ステーション', kind: 'visitingNursing' },
  careOffice: { name: 'みどり居宅介護支援事業所', kind: 'careManagement' },
  pharmacy: { name: 'みどり調剤薬局', kind: 'pharmacy' },
  otherNursing: { name: 'ひかり訪問看護ステーション', kind: 'visitingNursing' },
} as const;

type FacilityKey = keyof typeof facilities;

export const demoAccounts: Array<{
  loginId: string;
  name: string;
  kana: string;
  profession: Profession;
  role: Role;
  facility: FacilityKey;
}> = [
  { loginId: 'demo-doctor', name: '青木 誠', kana: 'アオキ マコト', profession: 'doctor', role: 'staff', facility: 'clinic' },
  { loginId: 'demo-nurse', name: '佐々木 由美', kana: 'ササキ ユミ', profession: 'nurse', role: 'staff', facility: 'nursing' },
  {
    loginId: 'demo-caremanager',
    name: '高橋 恵子',
    kana: 'タカハシ ケイコ',
    profession: 'careManager',
    role: 'staff',
    facility: 'careOffice',
  },
  { loginId: 'demo-pharmacist', name: '中村 健', kana: 'ナカムラ ケン', profession: 'pharmacist', role: 'staff', facility: 'pharmacy' },
  { loginId: 'demo-outsider', name: '森 さくら', kana: 'モリ サクラ', profession: 'nurse', role: 'staff', facility: 'otherNursing' },
  {
    loginId: 'demo-facility-admin',
    name: '井上 直子',
    kana: 'イノウエ ナオコ',
    profession: 'clerk',
    role: 'facilityAdmin',
    facility: 'nursing',
  },
  {
    loginId: 'demo-region-admin',
    name: '田中 浩二',
    kana: 'タナカ コウジ',
    profession: 'municipalStaff',
    role: 'regionAdmin',
    facility: 'office',
  },
];

export interface DemoOptions {
  /** Generated posts added to 山田 花子's timeline (RENRAKU_DEMO_POSTS, for benchmarks). */
  extraPosts?: number;
  /** Failed sign-ins that lock a login ID (RENRAKU_LOGIN_MAX_FAILURES_PER_ID): one demo nurse is locked out. */
  failuresToLock?: number;
}

/**
 * Seeds the demo world into an empty database. With a file store, 山田 花子's photos and documents
 * are drawn and uploaded too (the benchmarks and most tests leave it out: they need no files).
 */
export async function seedDemo({ db, store }: { db: Db; store?: ContentStore }, options: DemoOptions = {}): Promise<void> {
  const { media } = await seedDemoWorld({ db, store }, options);
  await media;
}

/**
 * Seeds the demo world and resolves once it is committed, with the promise of its photos and
 * documents (drawn and uploaded afterwards: `npm run demo` lets Next prepare meanwhile).
 */
export async function seedDemoWorld(
  { db, store }: { db: Db; store?: ContentStore },
  options: DemoOptions = {},
): Promise<{ media: Promise<void> }> {
  const prepared = await Promise.all(
    demoAccounts.map(async (account) => ({
      facility: account.facility,
      user: await prepareUser({
        loginId: account.loginId,
        displayName: account.name,
        displayNameKana: account.kana,
        profession: account.profession,
        role: account.role,
        password: demoPassword,
        mustChangePassword: false,
      }),
    })),
  );
  const regionAdmin = prepared.find((entry) => entry.user.loginId === 'demo-region-admin');
  if (regionAdmin) regionAdmin.user.email = demoRegionAdminEmail;
  const applicantHash = prepared[0]?.user.passwordHash ?? '';
  const uploads = db.transaction((tx) => {
    const region = createRegion({ db: tx }, demoRegion);
    const ids = Object.fromEntries(
      Object.entries(facilities).map(([key, facility]) => [key, createFacility({ db: tx }, { regionId: region.id, ...facility }).id]),
    ) as Record<FacilityKey, string>;
    for (const { facility, user } of prepared) insertUser(tx, ids[facility], user);
    seedDemoSecondFactors(
      tx,
      prepared.map(({ user }) => user),
    );
    const staffOf = (loginId: string) => {
      const found = prepared.find((entry) => entry.user.loginId === loginId);
      if (!found) throw new Error(`no demo account ${loginId}`);
      return { userId: found.user.id, facilityId: ids[found.facility] };
    };
    const staff = {
      doctor: staffOf('demo-doctor'),
      nurse: staffOf('demo-nurse'),
      caremanager: staffOf('demo-caremanager'),
      pharmacist: staffOf('demo-pharmacist'),
      outsider: staffOf('demo-outsider'),
    };
    const yamada = seedDemoTimeline(tx, staff, region.id, options.extraPosts ?? 0);
    seedDemoClinical(tx, staff, yamada);
    seedDemoForms(tx, staff, yamada);
    seedDemoPatients(tx, staff, region.id);
    seedPendingApplication(tx, region.id, applicantHash);
    const nurse = prepared.find((entry) => entry.user.loginId === 'demo-nurse');
    if (nurse) seedDemoAdminState(tx, ids.nursing, nurse.user, options.failuresToLock ?? 10);
    setDatabaseMode(tx, 'demo');
    return store ? planDemoMedia(tx, staff, yamada) : [];
  });
  return { media: store ? uploadDemoMedia({ db, store }, uploads) : Promise.resolve() };
}

/** One application waiting for the region administrator, so the screen is not empty. */
function seedPendingApplication(tx: DbExecutor, regionId: string, passwordHash: string): void {
  const at = new Date(Date.now() - 2 * 3_600_000);
  const application = {
    facilityName: 'さくら薬局 みどり駅前店',
    facilityNameKana: 'さくらやっきょく みどりえきまえてん',
    prefecture: '東京都',
    municipality: 'みどり市',
    kind: 'pharmacy',
    contactFamilyName: '小林',
    contactGivenName: '美咲',
    contactFamilyNameKana: 'コバヤシ',
    contactGivenNameKana: 'ミサキ',
    profession: 'pharmacist',
    email: 'kobayashi@sakura-pharmacy.example.jp',
    loginId: 'sakura-kobayashi',
    passwordHash,
  } as const;
  insertApplication(tx, regionId, application, { at, ip: null });
  const facts = { regionName: demoRegion.name, facilityName: application.facilityName, contactName: '小林 美咲' };
  queueMail(tx, { ...applicationReceivedMail({ ...facts, loginId: application.loginId }), to: application.email, regionId }, at);
  queueMail(
    tx,
    { ...applicationSubmittedMail({ ...facts, kind: application.kind, email: application.email }), to: demoRegionAdminEmail, regionId },
    at,
  );
}
