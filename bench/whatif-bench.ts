// The what-if page's benchmark: how long a first answer (50 replications × 5 days of the medium
// example) takes in headless Chromium, from the change that asks for it to the figures on screen,
// on the page's Web Workers — beside the same 250 days simulated in one Node thread in the same
// run (this machine is shared, so only side-by-side times mean much).

import { existsSync, readFileSync } from 'node:fs';
import { createReplicationRunner } from '../src/analysis/replication.js';
import { engines } from '../src/engine/engines.js';
import { loadScenario } from '../src/io/load-scenario.js';
import { WarningList } from '../src/model/issues.js';
import { whatIfPageHtml } from '../src/web/page-html.js';
import { CHROMIUM_PATH, launchChromium } from '../tests/support/browser.js';
import { medianSeconds } from './measure.js';
import { BENCH_SCENARIO } from './scenario-bench.js';

/** Replications × days of a first answer. */
export const FIRST_ANSWER = { replications: 50, days: 5 } as const;

/** The what-if benchmark's result, in milliseconds. */
export interface WhatIfBench {
  /** Opening the page: from the page's start to the first answer (workers start cold). */
  readonly openMs: number;
  /** Moving a control (each time to settings not yet simulated): median time to the first answer. */
  readonly changeMedianMs: number;
  readonly changeMs: readonly number[];
  /** Of that, the median time until the 50 replications were all in (the rest: summary and drawing). */
  readonly changeSimulatedMedianMs: number;
  /** The same 250 days in one Node thread, median of `runs`. */
  readonly nodeOneThreadMs: number;
  /** Workers the page used (one per core). */
  readonly workers: number;
}

/** Runs the benchmark; null when Chromium is not installed. */
export async function benchWhatIf(runs: number): Promise<WhatIfBench | null> {
  if (!existsSync(CHROMIUM_PATH)) return null;
  const bundle = (name: string) => readFileSync(new URL(`../web/${name}`, import.meta.url), 'utf8');
  const { scenario, config } = loadScenario(BENCH_SCENARIO, {
    overrides: [`days=${FIRST_ANSWER.days}`, `replications=${FIRST_ANSWER.replications}`],
    warnings: new WarningList(),
  });
  const html = whatIfPageHtml(
    { page: bundle('page.js'), simWorker: bundle('sim-worker.js'), summaryWorker: bundle('summary-worker.js'), chartWorker: bundle('chart-worker.js'), goalSeekWorker: bundle('goal-seek-worker.js') },
    { scenario, sourceName: 'medium-dealership.yaml', warnings: [], language: 'en', version: 'bench' },
  );

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route('http://127.0.0.1/whatif', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto(`http://127.0.0.1/whatif#days=${FIRST_ANSWER.days}&reps=${FIRST_ANSWER.replications}`);
    const measures = (count: number) =>
      page.waitForFunction((n) => performance.getEntriesByName('recepsim:first-answer').length >= n, count, { timeout: 120_000 });
    await measures(1);
    const workers = await page.evaluate<number>('Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2))');
    // Each change asks for settings not simulated yet: 4, 5, 6, 2 advisors, then call volumes.
    const changes: [string, string][] = [
      ['#control-advisors', '4'],
      ['#control-advisors', '5'],
      ['#control-advisors', '6'],
      ['#control-advisors', '2'],
      ['#control-callVolume', '1.1'],
      ['#control-callVolume', '1.2'],
      ['#control-callVolume', '0.9'],
    ].slice(0, Math.max(3, runs)) as [string, string][];
    for (const [index, [selector, value]] of changes.entries()) {
      await page.fill(selector, value);
      await measures(index + 2);
    }
    const durations = await page.evaluate(() => performance.getEntriesByName('recepsim:first-answer').map((entry) => entry.duration));
    const openMs = await page.evaluate(() => performance.getEntriesByName('recepsim:first-answer')[0].startTime + performance.getEntriesByName('recepsim:first-answer')[0].duration);
    const changeMs = durations.slice(1);
    const sorted = [...changeMs].sort((a, b) => a - b);
    const simulated = (await page.evaluate(() => performance.getEntriesByName('recepsim:first-replications').map((entry) => entry.duration))).slice(1).sort((a, b) => a - b);
    const nodeSec = medianSeconds(runs, () => {
      const run = createReplicationRunner(config, engines.recepsim);
      for (let replication = 0; replication < FIRST_ANSWER.replications; replication++) run(replication);
    });
    return { openMs, changeMedianMs: sorted[sorted.length >> 1], changeMs, changeSimulatedMedianMs: simulated[simulated.length >> 1], nodeOneThreadMs: nodeSec * 1000, workers };
  } finally {
    await browser.close();
  }
}
