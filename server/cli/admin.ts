/**
 * `npm run admin -- <command>`: operator tasks on the database in RENRAKU_DATA_DIR.
 *
 *   create-region-admin --region <name> --prefecture <name> --office <name>
 *                       --login-id <id> --name <display name> --kana <カナ> [--slug <portal>] [--email <address>]
 *       Creates a region, its municipal office and the first region administrator; with --slug the
 *       region's public portal is /join/<slug>, and --email receives its notices. The password
 *       is read from standard input (first line) or asked for twice; it must be changed at first
 *       sign-in.
 *   verify-audit
 *       Recomputes the audit log's hash chain and reports the first tampered row, if any.
 *   clean-files
 *       Removes stored files no attachment refers to, and temp files of interrupted uploads.
 *   check-files
 *       Reads back every file an attachment refers to and checks its SHA-256.
 *   backup --to <new folder>
 *       An online backup (the server may be running): the database, the files it refers to and a
 *       manifest of counts and checksums.
 *   restore --from <backup folder> [--force]
 *       Verifies the backup, then makes it the data folder, checking its audit log and files first.
 *       Refuses while a server runs on the folder; --force replaces a folder that holds data (kept
 *       beside it as <folder>.before-restore-<time>).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { runBackupCommand, runCheckFilesCommand, runRestoreCommand } from './backup-commands';
import { runCli } from './run-cli';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    throw new Error('No password on standard input.');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = async (prompt: string) => {
    process.stdout.write(prompt);
    const muted = rl as unknown as { _writeToOutput: (s: string) => void };
    muted._writeToOutput = () => undefined;
    const answer = await rl.question('');
    process.stdout.write('\n');
    return answer;
  };
  const first = await ask('Password: ');
  const second = await ask('Password again: ');
  rl.close();
  if (first !== second) throw new Error('The passwords do not match.');
  return first;
}

await runCli(async () => {
  const [command, ...rest] = process.argv.slice(2);
  const { getDb } = await import('@/server/db/client');
  if (command === 'create-region-admin') {
    const { values } = parseArgs({
      args: rest,
      options: {
        region: { type: 'string' },
        prefecture: { type: 'string' },
        office: { type: 'string' },
        'login-id': { type: 'string' },
        name: { type: 'string' },
        kana: { type: 'string' },
        slug: { type: 'string' },
        email: { type: 'string' },
      },
    });
    const missing = ['region', 'prefecture', 'office', 'login-id', 'name', 'kana'].filter((key) => !values[key as keyof typeof values]);
    if (missing.length > 0) throw new Error(`Missing: ${missing.map((key) => `--${key}`).join(', ')}`);
    const { bootstrapRegion } = await import('@/server/services/organisation/bootstrap-region');
    const created = await bootstrapRegion(
      { db: getDb() },
      {
        regionName: values.region!,
        prefecture: values.prefecture!,
        officeName: values.office!,
        loginId: values['login-id']!,
        displayName: values.name!,
        displayNameKana: values.kana!,
        slug: values.slug ?? null,
        email: values.email ?? null,
        password: await readPassword(),
      },
    );
    console.log(
      `Created region ${created.regionId} and region administrator ${values['login-id']} (must change the password at first sign-in).`,
    );
    if (values.slug) console.log(`Its facilities apply at /join/${values.slug.toLowerCase()}.`);
  } else if (command === 'verify-audit') {
    const { verifyAuditChain } = await import('@/server/audit/verify-audit-chain');
    const report = verifyAuditChain(getDb());
    if (report.ok) console.log(`Audit log intact: ${report.rows} entries.`);
    else throw new Error(`Audit log tampered with at entry ${report.brokenAtSeq} (${report.reason}).`);
  } else if (command === 'clean-files') {
    const { appContentStore } = await import('@/server/services/files/app-content-store');
    const { cleanUpFiles } = await import('@/server/services/files/clean-up-files');
    const report = await cleanUpFiles({ db: getDb(), store: appContentStore() });
    console.log(`Files in use: ${report.kept}; removed ${report.removedOrphans} orphaned and ${report.removedTemp} temp files.`);
  } else if (command === 'check-files') {
    await runCheckFilesCommand();
  } else if (command === 'backup') {
    await runBackupCommand(rest);
  } else if (command === 'restore') {
    await runRestoreCommand(rest);
  } else {
    throw new Error(
      'Usage: npm run admin -- create-region-admin --region … | verify-audit | clean-files | check-files | backup --to DIR | restore --from DIR [--force]',
    );
  }
});
