import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverNodeFlags } from '@/server/cli/built-server';

const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe("the serving process's Node flags", () => {
  it.each(['start', 'demo'])('npm run %s starts Node with them, before the script it runs', (name) => {
    const command = scripts[name] ?? '';
    const node = /(?:^|\s)node\s+((?:--\S+\s+)*)\S+/.exec(command);
    expect(node, command).not.toBeNull();
    expect(node?.[1]?.trim().split(/\s+/)).toEqual(expect.arrayContaining([...serverNodeFlags]));
  });

  it('are flags Node accepts', () => {
    for (const flag of serverNodeFlags) expect(process.allowedNodeEnvironmentFlags.has(flag.split('=')[0] ?? flag)).toBe(true);
  });
});
