// The planning benchmark, whole commands as a user runs them, each run a fresh process, the
// variants alternated so that the machine's drift hits them alike:
// - `size` of the medium example for 3 policies over 1–8 advisors at its default precision,
//   with 2 workers and with 1 (the speed-up), and again with every team at its full replications
//   (--first-reps 100: the simulation dominates); and, beside these whole commands, the search
//   alone through the library (size-search-one.ts: no start-up, no report), to show how much of
//   the speed-up the serial start and report leave out;
// - peak memory of a 2,000-day run against a 20-day run (the tallies stream: memory must not grow
//   with the days), in one thread;
// - start-up: `recepsim --help`, and `run` refused at its first check after loading (a results
//   folder that exists): what a run costs before its first simulated day.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./command-probe.js', import.meta.url));
const SEARCH = fileURLToPath(new URL('./size-search-one.js', import.meta.url));
const MEDIUM = fileURLToPath(new URL('../../scenarios/medium-dealership.yaml', import.meta.url));

/** One command's median wall time and largest peak memory over the runs. */
export interface CommandTiming {
  readonly medianSec: number;
  readonly minSec: number;
  readonly maxSec: number;
  readonly peakRssMb: number;
}

/** What the planning benchmark measures. */
export interface PlanningBench {
  readonly size: { readonly twoWorkers: CommandTiming; readonly oneWorker: CommandTiming; readonly speedUp: number };
  readonly sizeFull: { readonly twoWorkers: CommandTiming; readonly oneWorker: CommandTiming; readonly speedUp: number };
  /** The search alone (its own clock, in a fresh process: no start-up, no report), at default precision and at 100 replications. */
  readonly sizeSearch: { readonly twoWorkers: CommandTiming; readonly oneWorker: CommandTiming; readonly speedUp: number };
  readonly sizeSearchFull: { readonly twoWorkers: CommandTiming; readonly oneWorker: CommandTiming; readonly speedUp: number };
  readonly memory: { readonly days2000: CommandTiming; readonly days20: CommandTiming; readonly ratio: number };
  readonly startUp: { readonly help: CommandTiming; readonly run: CommandTiming };
}

/** Runs every measurement `runs` times. */
export function benchPlanning(runs: number): PlanningBench {
  const folder = mkdtempSync(join(tmpdir(), 'recepsim-bench-'));
  try {
    const size = (workers: number, extra: string[] = []) => (run: number) =>
      ['size', MEDIUM, '--policy', 'answer-all,divert,threshold', '--max-advisors', '8', '--workers', String(workers), '--quiet', ...extra, '--out', join(folder, `size-${workers}-${extra.length}-${run}`)];
    const [sizeTwo, sizeOne] = alternate(runs, [size(2), size(1)]);
    const [fullTwo, fullOne] = alternate(runs, [size(2, ['--first-reps', '100']), size(1, ['--first-reps', '100'])]);
    const search = (workers: number, extra: string[] = []) => () => [String(workers), ...extra];
    const [searchTwo, searchOne] = alternate(runs, [search(2), search(1)], SEARCH);
    const [searchFullTwo, searchFullOne] = alternate(runs, [search(2, ['100']), search(1, ['100'])], SEARCH);
    const days = (total: number) => (run: number) =>
      ['run', MEDIUM, '--reps', '2', '--days', String(total / 2), '--workers', '1', '--quiet', '--out', join(folder, `run-${total}-${run}`)];
    const [long, short] = alternate(runs, [days(2000), days(20)]);
    const [help, startRun] = alternate(runs, [() => ['--help'], () => ['run', MEDIUM, '--quiet', '--out', folder]]);
    return {
      size: { twoWorkers: sizeTwo, oneWorker: sizeOne, speedUp: sizeOne.medianSec / sizeTwo.medianSec },
      sizeFull: { twoWorkers: fullTwo, oneWorker: fullOne, speedUp: fullOne.medianSec / fullTwo.medianSec },
      sizeSearch: { twoWorkers: searchTwo, oneWorker: searchOne, speedUp: searchOne.medianSec / searchTwo.medianSec },
      sizeSearchFull: { twoWorkers: searchFullTwo, oneWorker: searchFullOne, speedUp: searchFullOne.medianSec / searchFullTwo.medianSec },
      memory: { days2000: long, days20: short, ratio: long.peakRssMb / short.peakRssMb },
      startUp: { help, run: startRun },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Runs the commands in turn (A B A B …), `runs` times each after one untimed round; their timings:
 * the whole process's, or (`script` other than the CLI) the seconds the script prints.
 */
function alternate(runs: number, commands: readonly ((run: number) => string[])[], script = PROBE): CommandTiming[] {
  const seconds: number[][] = commands.map(() => []);
  const peaks: number[][] = commands.map(() => []);
  for (let run = -1; run < runs; run++) {
    commands.forEach((args, index) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [script, ...args(run)], { encoding: 'utf8' });
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      if (script !== PROBE && result.status !== 0) throw new Error(`bench: ${script} ${args(run).join(' ')} failed:\n${result.stderr}`);
      const elapsed = script === PROBE ? wall : (JSON.parse(result.stdout) as { seconds: number }).seconds;
      const peak = /peak-rss-kb (\d+)/.exec(result.stderr);
      if (peak === null) throw new Error(`bench: recepsim ${args(run).join(' ')} printed no peak memory:\n${result.stderr}`);
      if (run < 0) return;
      seconds[index].push(elapsed);
      peaks[index].push(Number(peak[1]) / 1024);
    });
  }
  return seconds.map((times, index) => {
    const sorted = [...times].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    const medianSec = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return { medianSec, minSec: sorted[0], maxSec: sorted[sorted.length - 1], peakRssMb: Math.max(...peaks[index]) };
  });
}
