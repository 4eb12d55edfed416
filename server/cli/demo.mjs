// `npm run demo`: seeds the demo (server/cli/demo.ts, through the tsx loader, building the app
// first when needed), then serves it here with the compiled server (.next/renraku-server), so the
// process that stays up never loads TypeScript: that saves about 75 MB of resident memory.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const seeded = spawnSync(process.execPath, ['--import', './server/cli/register.mjs', 'server/cli/demo.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (seeded.status !== 0) process.exit(seeded.status ?? 1);
await import(pathToFileURL(path.join(process.cwd(), '.next', 'renraku-server', 'serve-demo.mjs')).href);
