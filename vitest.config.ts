/**
 * Unit and integration tests (vitest, node). Playwright's e2e specs in tests/e2e are not picked up.
 * `server-only` and `client-only` become empty modules: the real ones throw outside React's bundles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
// server/env.ts parses the environment when imported, and getDb() opens its file there: give each
// run its own data dir (removed by the global setup's teardown).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-vitest-'));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, 'tests/support/empty.ts') },
      { find: /^client-only$/, replacement: path.join(root, 'tests/support/empty.ts') },
    ],
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    env: { NODE_ENV: 'test', RENRAKU_DATA_DIR: dataDir },
    pool: 'forks',
    maxWorkers: 2,
    // Test files in a worker share loaded modules, which halves the run. So: no test may rely on
    // module-level state being fresh, and module mocks (vi.mock) would leak into later files.
    isolate: false,
    // argon2 makes each sign-in ~50 ms; lockout tests run dozens, slower on a busy machine.
    testTimeout: 20_000,
  },
});
