/**
 * The benchmark's data: a fresh demo database in a temporary folder (the demo accounts and
 * patients), plus generated patients of demo-nurse with many posts, written straight with Drizzle.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { PostCategory } from '@/lib/domain/categories';
import { databasePath, openDatabase, type Db, type DbExecutor } from '@/server/db/client';
import { careTeamMembers, patients, posts, users } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { seedDemo } from '@/server/demo/seed-demo';

export interface BenchWorld {
  dataDir: string;
  file: string;
  regionId: string;
  nurse: { userId: string; facilityId: string };
  doctorId: string;
  /** 山田 花子: on the teams of both demo-nurse and demo-doctor. */
  yamadaId: string;
}

const categories: PostCategory[] = ['message', 'handover', 'vitals', 'medication', 'care', 'clinical', 'report'];
const minute = 60_000;

export async function createBenchWorld(): Promise<BenchWorld> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-bench-sync-'));
  const file = databasePath(dataDir);
  const db = openDatabase(file);
  try {
    await seedDemo({ db });
    const userOf = (loginId: string) => {
      const user = db.select().from(users).where(eq(users.loginId, loginId)).get();
      if (!user) throw new Error(`demo account ${loginId} is missing`);
      return user;
    };
    const nurse = userOf('demo-nurse');
    const yamada = db.select().from(patients).where(eq(patients.name, '山田 花子')).get();
    if (!yamada) throw new Error('demo patient 山田 花子 is missing');
    return {
      dataDir,
      file,
      regionId: yamada.regionId,
      nurse: { userId: nurse.id, facilityId: nurse.facilityId },
      doctorId: userOf('demo-doctor').id,
      yamadaId: yamada.id,
    };
  } finally {
    db.$client.close();
  }
}

function insertPatient(tx: DbExecutor, world: BenchWorld, name: string, now: number): string {
  const id = randomUUID();
  const seq = nextSeq(tx);
  const { userId, facilityId } = world.nurse;
  tx.insert(patients)
    .values({
      id,
      regionId: world.regionId,
      registeredByFacilityId: facilityId,
      registeredBy: userId,
      name,
      nameKana: 'ベンチ カンジャ',
      birthDate: '1940-01-01',
      sex: 'female',
      consentObtainedOn: '2026-01-01',
      consentRecordedBy: userId,
      createdAt: now - 400 * minute,
      seq,
    })
    .run();
  tx.insert(careTeamMembers)
    .values({ patientId: id, userId, role: 'owner', addedBy: userId, addedAt: now - 400 * minute, seq })
    .run();
  return id;
}

/**
 * Adds `patientCount` patients owned by demo-nurse, `postsPerPatient` posts each, interleaved in
 * time across the patients as a real caseload is. One transaction; returns the patients' ids.
 */
export function addNursePatients(world: BenchWorld, patientCount: number, postsPerPatient: number, label = 'ベンチ'): string[] {
  const db = openDatabase(world.file);
  try {
    const now = Date.now();
    const total = patientCount * postsPerPatient;
    return db.transaction((tx) => {
      const ids = Array.from({ length: patientCount }, (_, i) => insertPatient(tx, world, `${label} 患者${i + 1}`, now));
      for (let i = 0; i < total; i += 1) {
        const at = now - (total - i) * 1_000;
        tx.insert(posts)
          .values({
            id: randomUUID(),
            patientId: ids[i % patientCount] ?? '',
            authorId: world.nurse.userId,
            category: categories[i % categories.length] ?? 'message',
            body: `記録 ${i + 1}：バイタル安定。食事・排泄・睡眠に著変なし。引き続き経過観察します。`,
            visibility: 'team',
            recipientIds: [],
            clientCreatedAt: at,
            serverCreatedAt: at + 1_000,
            seq: nextSeq(tx),
          })
          .run();
      }
      return ids;
    });
  } finally {
    db.$client.close();
  }
}

/**
 * Puts demo-doctor on the teams of `patientIds` and writes `count` posts by the doctor across
 * them, newest last: news demo-nurse has not read (What's new). Returns when they are stored.
 */
export function addColleaguePosts(world: BenchWorld, patientIds: string[], count: number): void {
  const db = openDatabase(world.file);
  try {
    const now = Date.now();
    db.transaction((tx) => {
      for (const patientId of patientIds)
        tx.insert(careTeamMembers)
          .values({ patientId, userId: world.doctorId, role: 'member', addedBy: world.nurse.userId, addedAt: now, seq: nextSeq(tx) })
          .run();
      for (let i = 0; i < count; i += 1) {
        const at = now - (count - i) * 1_000;
        tx.insert(posts)
          .values({
            id: randomUUID(),
            patientId: patientIds[i % patientIds.length] ?? '',
            authorId: world.doctorId,
            category: categories[i % categories.length] ?? 'message',
            body: `指示 ${i + 1}：本日の訪問で血圧を確認し、変化があれば連絡してください。`,
            visibility: 'team',
            recipientIds: [],
            clientCreatedAt: at,
            serverCreatedAt: at + 1_000,
            seq: nextSeq(tx),
          })
          .run();
      }
    });
  } finally {
    db.$client.close();
  }
}

/**
 * The posts a pull gives this user (those of their teams they may read): how many, and the id of
 * the one the pulls bring last (the highest place in the user's change stream, as
 * server/services/sync/pull/pull-query.ts orders them) — a device holding it holds all the others
 * too, since pulled batches are stored one after another in that order.
 */
export function visiblePosts(world: BenchWorld, userId: string): { count: number; lastId: string } {
  const db: Db = openDatabase(world.file);
  try {
    const visible = sql`FROM posts p JOIN care_team_members m ON m.patient_id = p.patient_id AND m.user_id = ${userId} AND m.removed_at IS NULL
      WHERE p.visibility = 'team' OR p.author_id = ${userId} OR EXISTS (SELECT 1 FROM json_each(p.recipient_ids) WHERE value = ${userId})`;
    const { n } = db.get<{ n: number }>(sql`SELECT count(*) AS n ${visible}`);
    const last = db.get<{ id: string } | undefined>(sql`SELECT p.id AS id ${visible} ORDER BY MAX(p.seq, m.seq) DESC, p.id DESC LIMIT 1`);
    return { count: n, lastId: last?.id ?? '' };
  } finally {
    db.$client.close();
  }
}

export function removeBenchWorld(world: BenchWorld): void {
  fs.rmSync(world.dataDir, { recursive: true, force: true });
}
