/** Where `npm run build` puts the compiled server (server/cli/build-server.ts), and from which sources. */
import path from 'node:path';

export const builtServerDir = path.join('.next', 'renraku-server');

export const builtServerEntries = {
  start: 'server/cli/start.ts',
  'serve-demo': 'server/cli/serve-demo.ts',
} as const;
