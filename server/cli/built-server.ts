/** Where `npm run build` puts the compiled server (server/cli/build-server.ts), and from which sources. */
import path from 'node:path';

export const builtServerDir = path.join('.next', 'renraku-server');

export const builtServerEntries = {
  start: 'server/cli/start.ts',
  'serve-demo': 'server/cli/serve-demo.ts',
} as const;

/**
 * Node's flags for the serving process, in `npm start`'s and `npm run demo`'s commands (package.json)
 * and wherever tests and benchmarks start the server. V8's young generation at 8 MB semi-spaces instead
 * of Node 20's larger default: resident memory 14 MB lower after start and 10 MB lower at a device's
 * full pull, no slower (`NODE_OPTIONS=--max-semi-space-size=8 node --import ./server/cli/register.mjs
 * tests/bench/sync/pull-memory.ts`, three runs each: 137 / 189 MB against 152 / 199 MB).
 */
export const serverNodeFlags = ['--max-semi-space-size=8'] as const;
