// The command line a newcomer meets: the list of commands, versions, help with examples, typed
// numeric flags, suggestions for typos.

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { positionalNames } from '../../src/cli/arguments.js';
import { commandsByName } from '../../src/cli/commands/index.js';
import { cli } from '../../src/text/messages.js';
import { recepsim, ROOT } from '../support/cli.js';

describe('the recepsim command line', () => {
  it('a bare recepsim lists every command', () => {
    const result = recepsim([]);
    expect(result.code).toBe(0);
    for (const name of Object.keys(commandsByName)) expect(result.stdout).toContain(`recepsim ${name}`);
  });

  it('-v and --version print the version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(recepsim(['-v']).stdout).toBe(`${version}\n`);
    expect(recepsim(['--version']).stdout).toBe(`${version}\n`);
  });

  it('the built command is an executable file, runnable without node in front', () => {
    // npx may run it through a link made by an earlier install, which set no mode on today's build.
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const bin = join(ROOT, 'dist', 'src', 'cli', 'main.js');
    expect(statSync(bin).mode & 0o111).toBe(0o111);
    expect(execFileSync(bin, ['-v'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  it.each(Object.entries(commandsByName).map(([name, entry]) => [name, entry] as const))('%s is listed as its module says', async (_name, entry) => {
    const module = await entry.load();
    expect([entry.command, entry.describe]).toEqual([module.command, module.describe]);
    // Messages name each positional of its usage by what it expects (src/cli/arguments.ts).
    expect(Object.keys(module.arguments.positionals)).toEqual(positionalNames(entry.command));
  });

  it.each(['compare', 'sweep', 'size', 'erlang'])('%s --help has examples and numeric flags typed as numbers', (name) => {
    const result = recepsim([name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toMatch(/--(reps|calls-per-hour)\s.*\[number\]/);
    expect(result.stdout).not.toMatch(/--(reps|days|workers|calls-per-hour|aht-min)\s.*\[string\]/);
  });

  it('a typo gets a suggestion: an option, a command', () => {
    expect(recepsim(['erlang', 'c', '--calls-per-hour', '1', '--aht-min', '1', '--agnets', '2']).stderr).toContain(cli.unknownFlag('--agnets', '--agents'));
    expect(recepsim(['erlnag']).stderr).toContain(cli.unknownCommand('erlnag', 'erlang'));
  });
});
