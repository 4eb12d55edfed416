/**
 * Bundles ./harness.ts (the app's own offline modules) into one classic script in a temporary
 * folder, at bench time: it is never part of the build the app serves.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export interface HarnessBundle {
  file: string;
  remove(): void;
}

export async function bundleHarness(): Promise<HarnessBundle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-bench-harness-'));
  const file = path.join(dir, 'harness.js');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'harness.ts')],
    outfile: file,
    bundle: true,
    format: 'iife',
    target: ['es2022'],
    // As the app's production build: React and RxDB without their development checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
