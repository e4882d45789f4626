// The README's library example runs as written, importing the package by its name (its
// "exports" point at the built API), and prints what it says it prints.

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

describe('README: the pipeline as a library', () => {
  it('runs as written', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.split('## The pipeline as a library')[1].split('\n## ')[0];
    const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toContain("from 'recepsim'");
    // Inside the repository, so that 'recepsim' resolves to this package.
    const file = join(ROOT, `readme-example-${process.pid}.mts`);
    writeFileSync(file, code!);
    try {
      const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), file], { cwd: ROOT, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain("staff.advisors: 4 people on the file's pattern of 3 shifts");
      expect(result.stdout).toContain('money.netCostPerDay');
      expect(result.stdout).toMatch(/answer-all, \d advisors/);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
