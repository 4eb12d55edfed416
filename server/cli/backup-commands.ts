/**
 * The admin CLI's backup commands (see admin.ts for their usage). Each prints what it did in a few
 * lines an operator can paste into a log; a refusal throws, and run-cli prints it and exits 1.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { BackupManifest } from '@/server/backup/backup-manifest';

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function rowsLine(manifest: BackupManifest): string {
  const rows = manifest.rows;
  const shown = ['patients', 'posts', 'comments', 'attachments', 'users', 'audit_log'].filter((table) => table in rows);
  return shown.map((table) => `${table} ${rows[table]}`).join(', ');
}

export async function runBackupCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { to: { type: 'string' } } });
  if (!values.to) throw new Error('Usage: npm run admin -- backup --to <new folder>');
  const { env } = await import('@/server/env');
  const { databasePath, getDb } = await import('@/server/db/client');
  // getDb() would create an empty database, and back that up.
  if (!fs.existsSync(databasePath(env.dataDir))) throw new Error(`No database in ${env.dataDir} (RENRAKU_DATA_DIR); nothing to back up.`);
  const { appContentStore } = await import('@/server/services/files/app-content-store');
  const { createBackup } = await import('@/server/backup/create-backup');
  const started = Date.now();
  const manifest = await createBackup({ db: getDb(), store: appContentStore(), to: values.to });
  console.log(`Backed up ${env.dataDir} into ${values.to} in ${seconds(started)}:`);
  console.log(`  database: ${rowsLine(manifest)}`);
  console.log(`  files: ${manifest.files.count} (${megabytes(manifest.files.bytes)}), every one with its SHA-256 in manifest.json`);
}

export async function runRestoreCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (!values.from) throw new Error('Usage: npm run admin -- restore --from <backup folder> [--force]');
  const { env } = await import('@/server/env');
  const { restoreBackup } = await import('@/server/backup/restore-backup');
  const started = Date.now();
  const report = await restoreBackup({ from: values.from, dataDir: env.dataDir, force: values.force });
  console.log(`Restored the backup of ${report.manifest.createdAt} into ${report.dataDir} in ${seconds(started)}:`);
  console.log(`  checksums: all ${report.manifest.checksums.length} files of the backup intact`);
  console.log(`  database: ${rowsLine(report.manifest)}`);
  console.log(`  audit log intact: ${report.auditEntries} entries`);
  console.log(
    `  files: all ${report.files.checked} that attachments refer to present, with the right SHA-256 (${megabytes(report.files.bytes)})`,
  );
  if (report.previous) console.log(`The data that was there is kept in ${report.previous}; delete it once the restore is checked.`);
}

export async function runCheckFilesCommand(): Promise<void> {
  const { getDb } = await import('@/server/db/client');
  const { appContentStore } = await import('@/server/services/files/app-content-store');
  const { checkAttachmentFiles } = await import('@/server/services/files/check-attachment-files');
  const report = await checkAttachmentFiles({ db: getDb(), store: appContentStore() });
  for (const problem of report.problems.slice(0, 20)) {
    console.error(`${problem.problem}: ${appContentStore().path(problem.sha256)} (attachment ${problem.attachmentId}, ${problem.variant})`);
  }
  if (report.problems.length > 0) throw new Error(`${report.problems.length} of ${report.checked} files are missing or damaged.`);
  console.log(`Files intact: all ${report.checked} that attachments refer to (${megabytes(report.bytes)}).`);
}
