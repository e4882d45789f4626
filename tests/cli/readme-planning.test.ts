// The README's planning commands work as written (shortened to a few replications and days so
// the test stays quick; the flags added change the run's size, not what it does).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Every `npx recepsim …` line of the sh blocks under "## Sizing the team", but the shard and merge recipes. */
function planningCommands(): string[][] {
  const section = README.split('## Sizing the team')[1].split('\n## ')[0];
  // A line ending in a backslash goes on on the next.
  const lines = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => block[1].replace(/\\\n\s*/g, ' ').trim().split('\n'));
  return lines
    .filter((line) => line.startsWith('npx recepsim ') && !line.includes('--shard') && !line.includes(' merge '))
    .map((line) => [...line.slice('npx recepsim '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]));
}

describe('README: sizing the team', () => {
  it('shows compare, sweep, size and erlang', () => {
    expect(planningCommands().map((args) => args[0])).toEqual(['compare', 'sweep', 'size', 'erlang']);
  });

  it.each(planningCommands().map((args) => [args.join(' '), args] as const))('recepsim %s works as written', (_line, args) => {
    const quick = args[0] === 'erlang' ? [] : ['--reps', '2', '--days', '1', '--quiet', '--out', join(scratchFolder(), 'out')];
    const extra = args[0] === 'size' ? ['--first-reps', '2', '--max-advisors', '4'] : [];
    const result = recepsim([...args, ...quick, ...extra]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
  });
});
