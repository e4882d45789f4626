// Driving the what-if page as a person would, in headless Chromium: start it (served by
// `recepsim whatif`, or exported and opened from disk), wait for a column's figures, read them.

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { CLI, ROOT } from './cli.js';

/** The medium example, which every what-if browser test opens. */
export const MEDIUM = join(ROOT, 'scenarios/medium-dealership.yaml');

/** A running `recepsim whatif` server. */
export interface WhatIfServer {
  readonly url: string;
  readonly process: ChildProcess;
  /** Stops it (Ctrl+C) and resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Starts `recepsim whatif <scenario> [args]` and waits for the address it prints. */
export function startWhatIf(scenario: string, args: readonly string[] = []): Promise<WhatIfServer> {
  const child = spawn(process.execPath, [CLI, 'whatif', scenario, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        resolve({
          url: match[1],
          process: child,
          stop: () => {
            child.kill('SIGINT');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`recepsim whatif exited (${code}) before printing an address:\n${output}${errors}`)));
  });
}

/** Every request the page made, and whether it stayed on this machine (file:, blob:, data:, or the given origin). */
export function recordRequests(page: Page, origin?: string): { readonly all: string[]; readonly outside: () => string[] } {
  const all: string[] = [];
  page.on('request', (request: Request) => all.push(request.url()));
  const local = (url: string) => /^(file|blob|data):/.test(url) || (origin !== undefined && url.startsWith(origin));
  return { all, outside: () => all.filter((url) => !local(url)) };
}

/** Waits until column `column` (0 = baseline, 1 = variant A…) shows `replications` replications of its current settings. */
export async function waitForColumn(page: Page, column: number, replications: number): Promise<void> {
  await page.waitForSelector(`.verdict[data-column="${column}"]:not(.stale) .progress[data-replications="${replications}"]`, { timeout: 90_000 });
}

/** The key figures of a column as shown: figure id → raw value (null when undefined). */
export async function figuresOf(page: Page, column: number): Promise<Record<string, number | null>> {
  return page.$$eval(
    `#key-figures tr[data-figure]`,
    (rows, index) =>
      Object.fromEntries(
        rows.map((row) => {
          const cell = row.querySelector(`td[data-column="${index}"]`);
          const value = cell?.getAttribute('data-value') ?? '';
          return [row.getAttribute('data-figure'), value === '' ? null : Number(value)];
        }),
      ),
    column,
  );
}

/** A variant column's paired differences from the baseline as shown: figure id → { value, ci95, real }. */
export async function differencesOf(page: Page, column: number): Promise<Record<string, { value: number | null; ci95: [number, number] | null; real: boolean }>> {
  return page.$$eval(
    `#key-figures tr[data-figure]`,
    (rows, index) =>
      Object.fromEntries(
        rows.map((row) => {
          const diff = row.querySelector(`td[data-column="${index}"] .diff`);
          const read = (name: string) => {
            const text = diff?.getAttribute(name) ?? '';
            return text === '' ? null : Number(text);
          };
          const [low, high] = [read('data-diff-low'), read('data-diff-high')];
          return [row.getAttribute('data-figure'), { value: read('data-diff'), ci95: low === null || high === null ? null : [low, high], real: diff?.getAttribute('data-diff-real') === 'true' }];
        }),
      ),
    column,
  );
}
