/**
 * A server process that dies mid-upload: it starts a real upload of the given bytes, sends half,
 * says so on stdout, and then waits — for the test to kill it with SIGKILL.
 * argv: <database file> <store root> <login id> <upload meta JSON> <file>
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { UploadMeta } from '@/lib/schemas/attachment';
import { openDatabase } from '@/server/db/client';
import { createContentStore } from '@/server/files/content-store';
import { actorOf } from '@/server/policy/actor';
import { uploadAttachment } from '@/server/services/files/upload-attachment';
import { auditActorOf } from '@/server/audit/audit-context';
import { findUserRecord } from '@/server/db/user-record';

const [file, root, loginId, metaJson, photo] = process.argv.slice(2);
if (!file || !root || !loginId || !metaJson || !photo) throw new Error('usage: upload-child <db> <root> <login> <meta> <file>');
const db = openDatabase(file);
const user = findUserRecord(db, { loginId });
if (!user) throw new Error(`no user ${loginId}`);
const bytes = fs.readFileSync(photo);

async function* halfThenHang() {
  yield bytes.subarray(0, bytes.byteLength / 2);
  // Let the half reach the disk, then tell the test.
  setTimeout(() => process.stdout.write('half-sent\n'), 200);
  await new Promise(() => undefined);
}

await uploadAttachment(
  {
    db,
    actor: actorOf(user),
    audit: { actor: auditActorOf(user), request: { ip: null, userAgent: 'crash test', sessionId: null } },
    store: createContentStore(root),
    facilityQuotaBytes: 1024 ** 3,
  },
  JSON.parse(metaJson) as UploadMeta,
  Readable.from(halfThenHang()),
);
