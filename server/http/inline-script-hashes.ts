/**
 * The hashes of the inline scripts Next writes into the prerendered pages (its bootstrap and the
 * page's payload), computed once after `next build` (server/cli/build-script-hashes.ts) into a
 * file beside the build, and read by proxy.ts, which lists them in the policy: a page fixed at
 * build time, served from the server or the service worker's cache, runs its own scripts and
 * nothing injected.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the build's hashes are kept, relative to the app's root. */
export const scriptHashesFile = path.join('.next', 'renraku-inline-script-hashes.json');

/** `sha256-…` of each inline (no src) script's text, exactly as the browser hashes it: the raw text between the tags. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const text = match[1] ?? '';
    if (text.length > 0) hashes.push(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
  }
  return hashes;
}

/** Every prerendered page's inline scripts' hashes, deduplicated and sorted (`dir`: .next/server/app). */
export function collectScriptHashes(dir: string): string[] {
  const hashes = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) for (const hash of inlineScriptHashes(fs.readFileSync(full, 'utf8'))) hashes.add(hash);
    }
  };
  walk(dir);
  return [...hashes].sort();
}

/** The build's hashes; none where there is no build file (`next dev`, where every page gets the nonce). */
export function readScriptHashes(root: string = process.cwd()): string[] {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, scriptHashesFile), 'utf8')) as string[];
  } catch {
    return [];
  }
}
