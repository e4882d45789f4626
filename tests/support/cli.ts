// Runs the built `recepsim` command as a user would (npm test builds it first).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built command line entry. */
export const CLI = join(ROOT, 'dist/src/cli/main.js');

/** What a command printed and how it exited. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The locale every command runs in unless a test says otherwise: English, whatever the machine's
 * LANG (reports follow LC_ALL, LC_MESSAGES and LANG), so that tests read the same words anywhere.
 */
export const PINNED_LOCALE: NodeJS.ProcessEnv = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** Runs `recepsim <args>` in `cwd` (default: the repository root), in PINNED_LOCALE with `env` added. */
export function recepsim(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE, FORCE_COLOR: '0', ...env } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh empty folder for one test. */
export function scratchFolder(): string {
  return mkdtempSync(join(tmpdir(), 'recepsim-test-'));
}

/** Names in a folder, hidden ones included (to spot leftover temporary folders). */
export function entries(folder: string): string[] {
  return readdirSync(folder).sort();
}
