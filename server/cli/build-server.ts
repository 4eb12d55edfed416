/**
 * Runs after `next build`: compiles the server's entry points (`npm start`, and the demo's server)
 * into .next/renraku-server/*.mjs, so that the long-running server runs plain JavaScript under
 * Node. Run through the tsx loader instead, the server held about 75 MB more at rest (measured:
 * 231 MB against 156 MB right after start). Packages stay external (resolved from node_modules as
 * before); only our own sources, with their `@/` paths, are bundled.
 */
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { builtServerDir, builtServerEntries } from './built-server';

const root = process.cwd();

/** `server-only` throws outside React's server bundles; in our own server it is a no-op. */
const serverOnly: Plugin = {
  name: 'server-only',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'renraku-empty' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'renraku-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

await build({
  entryPoints: Object.fromEntries(Object.entries(builtServerEntries).map(([name, source]) => [name, path.join(root, source)])),
  outdir: path.join(root, builtServerDir),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [serverOnly],
  logLevel: 'warning',
});
console.log(`[server] ${Object.keys(builtServerEntries).join(', ')} compiled into ${builtServerDir}`);
