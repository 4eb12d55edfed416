/** Removes the run's data dir (made in vitest.config.ts) once every test file has finished. */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  const dataDir = project.config.env.RENRAKU_DATA_DIR;
  return () => {
    if (typeof dataDir === 'string' && path.basename(dataDir).startsWith('renraku-vitest-'))
      fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
