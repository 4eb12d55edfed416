/** Administrators reading the audit log: each only their scope, filtered, paged, exported, and the reading itself logged. */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import type { Role } from '@/lib/domain/roles';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import { auditLog } from '@/server/db/schema';
import { exportAuditCsv } from '@/server/services/audit/export-audit-csv';
import { listAuditEntries } from '@/server/services/audit/list-audit-entries';
import { listAuditedPatients } from '@/server/services/audit/list-audited-patients';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { openTeamWorld, signIn, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { expectAppError } from '@/tests/support/trpc-harness';
import { auditActorOf } from '@/server/audit/audit-context';
import { findUserRecord } from '@/server/db/user-record';

let world: CareTeamWorld;
let patientId: string;
let admins: { station: string; region: string; staff: string };

async function addUser(facilityId: string, loginId: string, role: Role): Promise<string> {
  const prepared = await prepareUser({
    loginId,
    displayName: `管理 ${loginId}`,
    displayNameKana: 'カンリ',
    profession: 'clerk',
    password: testPassword,
  });
  return insertUser(world.db, facilityId, {
    ...prepared,
    id: randomUUID(),
    loginId,
    displayName: `管理 ${loginId}`,
    displayNameKana: 'カンリ',
    profession: 'clerk',
    role,
    mustChangePassword: false,
  }).id;
}

function reader(userId: string) {
  const user = findUserRecord(world.db, { id: userId });
  if (!user) throw new Error('no reader');
  return {
    db: world.db,
    admin: user,
    audit: { actor: auditActorOf(user), request: { ip: '192.0.2.9', userAgent: 'vitest', sessionId: null } },
  };
}

function expectRefusal(run: () => unknown, code: string) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor', 'stranger'], ['doctor']));
  admins = {
    station: await addUser(world.facilityIds.station, 'station-admin', 'facilityAdmin'),
    region: await addUser(world.facilityIds.clinic, 'region-admin', 'regionAdmin'),
    staff: world.ids.outsider,
  };
  return close;
});

const query = (fields: Record<string, unknown> = {}) => ({ limit: 100, ...fields });

describe('reading the audit log', () => {
  it('shows a facility administrator their facility’s entries only, a region administrator the region’s', () => {
    const station = listAuditEntries(reader(admins.station), query()).entries;
    expect(station.length).toBeGreaterThan(0);
    expect(new Set(station.map((entry) => entry.facilityName))).toEqual(new Set(['ケア訪問看護ステーション']));
    expect(station.map((entry) => entry.loginId)).toContain('nurse');
    expect(station.map((entry) => entry.loginId)).not.toContain('doctor');

    const region = listAuditEntries(reader(admins.region), query()).entries.map((entry) => entry.loginId);
    expect(region).toEqual(expect.arrayContaining(['nurse', 'doctor']));
    expect(region).not.toContain('stranger');
    expectRefusal(() => listAuditEntries(reader(admins.staff), query()), 'FORBIDDEN');
  });

  it('filters by person, patient, action and day, newest first, a page at a time', () => {
    const admin = reader(admins.region);
    const doctorOnly = listAuditEntries(admin, query({ loginId: 'doctor' })).entries;
    expect(doctorOnly.length).toBeGreaterThan(0);
    expect(doctorOnly.every((entry) => entry.loginId === 'doctor')).toBe(true);

    const aboutPatient = listAuditEntries(admin, query({ patientId })).entries;
    expect(aboutPatient.map((entry) => entry.action)).toEqual(expect.arrayContaining(['patient.registered', 'careTeam.memberAdded']));
    expect(aboutPatient.every((entry) => entry.patientId === patientId && entry.patientName === '山田 花子')).toBe(true);
    expect(listAuditedPatients(admin)).toEqual([{ id: patientId, name: '山田 花子', nameKana: 'ヤマダ ハナコ' }]);

    const signIns = listAuditEntries(admin, query({ action: 'auth.signIn' })).entries;
    expect(signIns.every((entry) => entry.action === 'auth.signIn')).toBe(true);
    expectRefusal(() => listAuditEntries(admin, query({ action: 'made.up' })), 'INVALID_INPUT');

    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 33 * 3_600_000).toISOString().slice(0, 10);
    expect(listAuditEntries(admin, query({ from: today, to: today })).entries.length).toBeGreaterThan(0);
    expect(listAuditEntries(admin, query({ from: tomorrow })).entries).toEqual([]);

    const first = listAuditEntries(admin, query({ limit: 2 }));
    expect(first.more).toBe(true);
    expect(first.entries[0]!.seq).toBeGreaterThan(first.entries[1]!.seq);
    const next = listAuditEntries(admin, query({ limit: 2, cursor: first.entries[1]!.seq }));
    expect(next.entries[0]!.seq).toBeLessThan(first.entries[1]!.seq);
  });

  it('writes each reading and each export to the log, which stays intact', () => {
    listAuditEntries(reader(admins.station), query({ loginId: 'nurse' }));
    exportAuditCsv(reader(admins.station), { loginId: 'nurse' });
    const logged = world.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, admins.station)))
      .all();
    expect(logged.map((row) => [row.action, JSON.parse(row.details ?? '{}').loginId])).toEqual([
      ['audit.viewed', 'nurse'],
      ['audit.exported', 'nurse'],
    ]);
    expect(verifyAuditChain(world.db).ok).toBe(true);
  });

  it('exports CSV that Excel reads (BOM, quoted, CRLF, Japan time) and that cannot smuggle a formula', async () => {
    await signIn(world, 'nurse');
    const nurse = findUserRecord(world.db, { id: world.ids.nurse })!;
    appendAuditEntry(world.db, {
      action: 'auth.signIn',
      actor: auditActorOf(nurse),
      request: { ip: '192.0.2.1', userAgent: '=HYPERLINK("http://evil")' },
    });
    const { csv, rows } = exportAuditCsv(reader(admins.station), { action: 'auth.signIn' });
    expect(csv.startsWith('\uFEFF"番号","日時","操作"')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toMatch(/^"\d+","\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00","auth\.signIn","success","nurse"/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('is for administrators only through the API too', async () => {
    await expectAppError(world.as('nurse').caller.audit.list({}), 'FORBIDDEN');
  });
});
