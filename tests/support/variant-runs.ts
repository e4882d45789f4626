// Runs a variant of a shipped scenario in this thread, for tests of the planning logic.

import { join } from 'node:path';
import { loadVariant, type LoadedVariant } from '../../src/api/load.js';
import { runReplication } from '../../src/analysis/replication.js';
import { engines } from '../../src/engine/engines.js';
import type { RunTotals } from '../../src/metrics/tally.js';
import { ROOT } from './cli.js';

/** A variant of `scenarios/<file>` with `changes`, its replications' totals in order. */
export function runVariant(file: string, changes: readonly string[], replications: number, days: number): LoadedVariant & { runs: RunTotals[] } {
  const loaded = loadVariant({
    source: join(ROOT, 'scenarios', file),
    common: [`replications=${replications}`, `days=${days}`],
    variant: { label: changes.join(', ') || 'as written', overrides: changes },
  });
  const runs = Array.from({ length: replications }, (_, r) => runReplication(loaded.config, r, engines.recepsim).totals);
  return { ...loaded, runs };
}
