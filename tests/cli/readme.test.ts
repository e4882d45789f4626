// The README's commands are tested: the quick start is exactly two commands, CI runs the same
// test command, and the commands it shows work as written.

import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function quickStart(): string[] {
  const section = README.split('## Quick start')[1] ?? '';
  const block = section.match(/```sh\n([\s\S]*?)```/);
  return (block?.[1] ?? '').trim().split('\n');
}

describe('README', () => {
  it('has a quick start of exactly two commands: install and run an example, then test', () => {
    expect(quickStart()).toEqual(['npm ci && npx recepsim run scenarios/medium-dealership.yaml', 'npm test']);
  });

  it('CI runs the same test command after a clean install', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
    expect(ci.indexOf('npm ci')).toBeLessThan(ci.indexOf('npm test'));
  });

  it('the quick start run works as written and writes its report under results/', () => {
    const [install] = quickStart();
    const args = install.split('npx recepsim ')[1].split(' ');
    const result = recepsim([...args, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    const folder = result.stderr.match(/results written to (.+)/)?.[1];
    expect(folder).toMatch(/results\/medium-dealership-status-quo-\d{8}-\d{6}/);
    try {
      expect(readFileSync(join(folder!, 'report.html'), 'utf8')).toContain('Medium dealership, status quo');
      expect(result.stdout).toContain('Targets');
    } finally {
      rmSync(folder!, { recursive: true, force: true });
    }
  });

  it('`recepsim schema` prints the shipped JSON Schema', () => {
    const result = recepsim(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schema/scenario.schema.json'), 'utf8')));
  });

  it('`recepsim --help` lists the commands', () => {
    const result = recepsim(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('recepsim run <scenario>');
    expect(result.stdout).toContain('recepsim schema');
  });

  it('the commands of "Calibrating from your own data" work as written, in order', () => {
    const section = README.split('## Calibrating from your own data')[1].split('\n## ')[0];
    const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => block[1].trim().split('\n'));
    expect(commands.length).toBeGreaterThan(0);
    // In a copy of the examples, so files the commands write land there.
    const folder = scratchFolder();
    cpSync(join(ROOT, 'scenarios'), join(folder, 'scenarios'), { recursive: true });
    for (const command of commands) {
      expect(command.startsWith('npx recepsim ')).toBe(true);
      const result = recepsim([...command.slice('npx recepsim '.length).split(' '), ...(command.includes(' run ') ? ['--quiet'] : [])], folder);
      expect(result.code, `${command}\n${result.stderr}`).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(0);
    }
  });
});
