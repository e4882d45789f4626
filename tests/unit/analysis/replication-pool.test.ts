// The pool that runs blocks of replications on this thread and worker threads at once: a block
// is run by whichever thread claims it first (this thread also takes blocks a worker holds and
// has not started), so every block must run exactly once, and the results must not depend on
// who ran it. Runs the built pool (dist/): the worker threads load the compiled worker module.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Replicate from '../../../src/analysis/replicate.js';
import { loadScenario } from '../../../src/io/load-scenario.js';
import { WarningList } from '../../../src/model/issues.js';
import { ROOT } from '../../support/cli.js';

describe('replication pool', () => {
  it('runs every block once, on any thread, with the same results on 1 and 3 threads', async () => {
    const { openPool } = (await import(pathToFileURL(join(ROOT, 'dist/src/analysis/replicate.js')).href)) as typeof Replicate;
    const configurations = [2, 3, 4].map((advisors) => {
      const { scenario, config } = loadScenario(join(ROOT, 'scenarios/small-dealership.yaml'), {
        warnings: new WarningList(),
        overrides: ['days=2', `staff.advisors=${advisors}`],
      });
      return { key: `advisors ${advisors}`, scenario, config };
    });
    const runAll = async (workers: number) => {
      const pool = await openPool({ engine: 'recepsim', workers });
      try {
        // Until a worker thread has loaded and run a block (replications apart from those compared).
        while (workers > 1 && pool.blocksRun.onWorkers === 0) {
          await pool.run(configurations[0], 100, 4);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const before = { ...pool.blocksRun };
        // Many small requests at once, as the planning searches make them (blocks of 1–2
        // replications): blocks wait in the worker threads' hands, and this thread takes some.
        let blocks = 0;
        let replications = 0;
        const results = await Promise.all(
          configurations.flatMap((configuration) =>
            [0, 6, 12].map((first) =>
              pool.run(configuration, first, 6, (count) => {
                blocks++;
                replications += count;
              }),
            ),
          ),
        );
        return {
          totals: results.map((block) => block.map((result) => JSON.stringify(result.totals))),
          blocks,
          replications,
          here: pool.blocksRun.here - before.here,
          onWorkers: pool.blocksRun.onWorkers - before.onWorkers,
        };
      } finally {
        await pool.close();
      }
    };
    const one = await runAll(1);
    const three = await runAll(3);
    expect(three.replications).toBe(3 * 3 * 6);
    // Each block run by one thread: one run twice would count here and on a worker.
    expect(three.here + three.onWorkers).toBe(three.blocks);
    expect(three.onWorkers).toBeGreaterThan(0);
    expect(three.totals).toEqual(one.totals);
  });

  it('closes cleanly after taking blocks from a worker that had not started them', async () => {
    const { openPool } = (await import(pathToFileURL(join(ROOT, 'dist/src/analysis/replicate.js')).href)) as typeof Replicate;
    const { scenario, config } = loadScenario(join(ROOT, 'scenarios/small-dealership.yaml'), { warnings: new WarningList(), overrides: ['days=1'] });
    // The worker thread is still loading its modules: this thread runs every block, those in the
    // worker's hands too, and the worker answers for them only later — after the pool is closed,
    // had close not waited for it.
    const pool = await openPool({ engine: 'recepsim', workers: 2 });
    await pool.run({ key: 'small', scenario, config }, 0, 8);
    const taken = pool.blocksRun.takenFromWorkers;
    await pool.close();
    expect(taken).toBeGreaterThan(0);
    expect(pool.blocksRun.onWorkers).toBe(0);
  });
});
