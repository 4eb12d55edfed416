/** Runs after `next build`: writes the hashes of the prerendered pages' inline scripts for the policy (see server/http/inline-script-hashes.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { collectScriptHashes, scriptHashesFile } from '@/server/http/inline-script-hashes';

const root = process.cwd();
const hashes = collectScriptHashes(path.join(root, '.next', 'server', 'app'));
fs.writeFileSync(path.join(root, scriptHashesFile), `${JSON.stringify(hashes, null, 1)}\n`);
console.log(`[csp] ${hashes.length} inline script hashes of the prerendered pages in ${scriptHashesFile}`);
