/**
 * A private copy of the built app for the bench's server. Others rebuild `.next` while they work;
 * a server whose build is replaced mid-run serves pages whose scripts are gone. The copy holds
 * `.next` (without its cache) and `public/`; everything else is linked to the working tree.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const linked = ['node_modules', 'drizzle', 'package.json', 'next.config.ts', 'tsconfig.json', 'server', 'lib', 'app', 'tests'];

export interface BuildSnapshot {
  root: string;
  buildId: string;
  remove(): void;
}

function buildState(root: string): { id: string; consistent: boolean } | null {
  try {
    const buildId = path.join(root, '.next', 'BUILD_ID');
    // The build writes BUILD_ID, then public/sw.js (server/cli/build-sw.ts) from it.
    const consistent = fs.statSync(path.join(root, 'public', 'sw.js')).mtimeMs >= fs.statSync(buildId).mtimeMs;
    return { id: fs.readFileSync(buildId, 'utf8').trim(), consistent };
  } catch {
    return null;
  }
}

export async function snapshotBuild(source = process.cwd()): Promise<BuildSnapshot> {
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    const before = buildState(source);
    if (before?.consistent) {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-bench-app-'));
      const cache = path.join(source, '.next', 'cache');
      fs.cpSync(path.join(source, '.next'), path.join(root, '.next'), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (from) => from !== cache,
      });
      fs.cpSync(path.join(source, 'public'), path.join(root, 'public'), { recursive: true, verbatimSymlinks: true });
      const after = buildState(source);
      if (after?.consistent && after.id === before.id && buildState(root)?.id === before.id) {
        for (const name of linked) fs.symlinkSync(path.join(source, name), path.join(root, name));
        return { root, buildId: before.id, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
      }
      fs.rmSync(root, { recursive: true, force: true });
    }
    // A build is under way elsewhere: wait for it to finish.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  throw new Error('could not copy a complete build (.next and public/sw.js kept changing)');
}
