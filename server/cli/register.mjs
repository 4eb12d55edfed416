// Loads the TypeScript CLIs under plain Node: tsx for TypeScript and the `@/` paths, and an empty
// stand-in for `server-only` (whose real module throws outside React's server bundles).
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

register('./server-only-hook.mjs', import.meta.url);
registerTsx();
