// Output that cannot be written, as a user meets it: a working folder where results/ cannot be
// created (found before simulating, exit 2), a full disk or a file-size limit (one line, exit 1,
// nothing left behind), and an interrupt at any moment (no hidden temporary folder left).

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, openSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fileSystem, reading, resultsFolder } from '../../src/text/messages.js';
import { CLI, entries, recepsim, ROOT, scratchFolder } from '../support/cli.js';

const SMALL = join(ROOT, 'scenarios/small-dealership.yaml');
const QUICK = ['--reps', '2', '--days', '1', '--quiet'];
const NO_STACK = /^\s+at .*:\d+/m;

/** Runs the command with options spawnSync takes (another user, other standard streams). */
function run(args: readonly string[], options: Parameters<typeof spawnSync>[2]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', ...options });
  return { code: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

describe('a results folder that cannot be created is refused before simulating', () => {
  it('the default results/ in a working folder nobody may write to', () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'scenario.yaml'), readFileSync(SMALL));
    chmodSync(folder, 0o555);
    // Permissions do not bind the superuser: run as an unprivileged user then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = run(['run', 'scenario.yaml', ...QUICK], { cwd: folder, ...asUser });
    chmodSync(folder, 0o755);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^cannot create results folder ".*\/results\/small-dealership-status-quo-\d{8}-\d{6}": /);
    expect(result.stderr).toContain(`${reading.permissionDenied()} (choose another folder with --out)`);
    expect(result.stderr).not.toMatch(NO_STACK);
    expect(entries(folder)).toEqual(['scenario.yaml']);
  });

  it('the default results/ in a folder of a pseudo file system (/proc)', () => {
    const result = run(['run', SMALL, ...QUICK], { cwd: '/proc' });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^cannot create results folder "\/proc\/results\/small-dealership-status-quo-\d{8}-\d{6}": /);
    expect(result.stderr).toContain(fileSystem.noSuchFolder());
    expect(result.stdout).toBe('');
  });
});

describe('output that fails while writing: one line, exit 1, nothing half-written', () => {
  it('a full standard output (> /dev/full)', () => {
    const out = join(scratchFolder(), 'out');
    const full = openSync('/dev/full', 'w');
    const result = run(['run', SMALL, ...QUICK, '--out', out], { stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(cli.cannotWriteStdout(fileSystem.noSpace()));
    expect(result.stderr).not.toMatch(NO_STACK);
    // The results folder was complete before the summary was printed.
    expect(entries(out)).toContain('summary.json');
  });

  it('`recepsim schema > /dev/full`', () => {
    const full = openSync('/dev/full', 'w');
    const result = run(['schema'], { stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(cli.cannotWriteStdout(fileSystem.noSpace()));
  });

  it('a results file larger than the system allows (ulimit -f): the folder and its new parents go', () => {
    const folder = scratchFolder();
    const out = join('new', 'parents', 'out');
    // 16 KB files at most: summary.json is larger. Node ignores SIGXFSZ, so the write fails with EFBIG.
    const result = spawnSync('bash', ['-c', `ulimit -f 16; exec "${process.execPath}" "${CLI}" run "${SMALL}" ${QUICK.join(' ')} --out ${out}`], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(resultsFolder.cannotWrite(out, fileSystem.tooLarge()));
    expect(entries(folder)).toEqual([]);
  });
});

describe('an interrupt leaves no hidden temporary folder', () => {
  // The k-th change seen in the results' parent folder (a check of the folder, the temporary
  // folder appearing, its rename) triggers the signal, so every moment is hit, writing included.
  it.each([
    ['SIGINT', 1],
    ['SIGINT', 2],
    ['SIGINT', 3],
    ['SIGTERM', 1],
    ['SIGTERM', 3],
    ['SIGTERM', 4],
  ] as const)('%s at change %i', async (signal, k) => {
    const folder = scratchFolder();
    const out = join(folder, 'out');
    const child = spawn(process.execPath, [CLI, 'run', SMALL, '--reps', '4', '--days', '10', '--trace', '--quiet', '--out', out]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let seen = 0;
    const watcher = watch(folder, () => {
      if (++seen === k) child.kill(signal);
    });
    const [code] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (...end) => resolve(end)));
    watcher.close();
    expect(stderr).not.toMatch(NO_STACK);
    const left = readdirSync(folder);
    expect(left.filter((name) => name.startsWith('.'))).toEqual([]);
    if (left.includes('out')) {
      // Interrupted too late to matter: the folder is complete.
      expect(entries(out)).toContain('trace.csv');
    } else {
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(stderr).toContain(cli.interrupted(signal));
    }
  });
});
