/**
 * How long a patient's FHIR export takes, and how large it is, on a long record: the demo with
 * N generated posts on 山田 花子's timeline (RENRAKU_BENCH_POSTS, default 20,000), exported as
 * demo-doctor three times (the first warms SQLite's and V8's caches; the median is reported).
 *   node --import ./server/cli/register.mjs tests/bench/fhir/run.ts
 */
import { eq } from 'drizzle-orm';
import { auditActorOf } from '@/server/audit/audit-context';
import { patients } from '@/server/db/schema';
import { findUserRecord } from '@/server/db/user-record';
import { seedDemo } from '@/server/demo/seed-demo';
import { actorOf } from '@/server/policy/actor';
import { exportPatientFhir } from '@/server/services/patients/export-patient-fhir';
import { openTestDatabase } from '@/tests/support/test-database';

const extraPosts = Number(process.env.RENRAKU_BENCH_POSTS ?? 20_000);
const test = openTestDatabase();
try {
  await seedDemo({ db: test.db }, { extraPosts });
  const doctor = findUserRecord(test.db, { loginId: 'demo-doctor' });
  const yamada = test.db.select().from(patients).where(eq(patients.name, '山田 花子')).get();
  if (!doctor || !yamada) throw new Error('the demo database lacks demo-doctor or 山田 花子');
  const options = {
    db: test.db,
    actor: actorOf(doctor),
    audit: { actor: auditActorOf(doctor), request: { ip: null, userAgent: 'bench' } },
    baseUrl: 'http://localhost:3000',
  };
  const runs: Array<{ ms: number; bytes: number; entries: number }> = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const { bundle } = exportPatientFhir(options, { patientId: yamada.id });
    const bytes = Buffer.byteLength(JSON.stringify(bundle));
    runs.push({ ms: performance.now() - started, bytes, entries: bundle.entry.length });
  }
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const median = sorted[1]!;
  console.log(
    `FHIR export of 山田 花子 with ${extraPosts} extra posts: ${median.entries} resources, ${(median.bytes / 1024 / 1024).toFixed(1)} MiB, ` +
      `median ${median.ms.toFixed(0)} ms (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms; query, mapping and JSON.stringify)`,
  );
} finally {
  test.close();
}
