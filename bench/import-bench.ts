// The import benchmark: rows per second and peak memory of `recepsim import calls` on a
// 1-million-row call log, beside csv-parse alone on the same file (the floor), and on a
// 100,000-row log (memory must not grow with the rows). Each run is a fresh process.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCallLog } from './call-log-file.js';

/** One measured import. */
export interface ImportBenchRow {
  readonly rows: number;
  readonly medianSec: number;
  readonly rowsPerSec: number;
  /** Largest resident memory of the process over the runs, MB. */
  readonly peakRssMb: number;
}

const ONE = fileURLToPath(new URL('./import-one.js', import.meta.url));

/** Measures csv-parse alone and the import on 1,000,000 rows, and the import on 100,000 rows; `runs` runs each. */
export async function benchImport(runs: number): Promise<{ parseMillion: ImportBenchRow; importMillion: ImportBenchRow; importHundredThousand: ImportBenchRow }> {
  const folder = mkdtempSync(join(tmpdir(), 'recepsim-bench-'));
  try {
    const million = join(folder, 'calls-1m.csv');
    const hundredThousand = join(folder, 'calls-100k.csv');
    await writeCallLog(million, 1_000_000);
    await writeCallLog(hundredThousand, 100_000);
    return {
      parseMillion: measure('parse', million, runs),
      importMillion: measure('import', million, runs),
      importHundredThousand: measure('import', hundredThousand, runs),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function measure(mode: 'parse' | 'import', path: string, runs: number): ImportBenchRow {
  const results = Array.from({ length: runs }, () =>
    JSON.parse(execFileSync(process.execPath, [ONE, mode, path], { encoding: 'utf8' })) as { rows: number; seconds: number; peakRssMb: number },
  );
  const seconds = results.map((result) => result.seconds).sort((a, b) => a - b);
  const middle = seconds.length >> 1;
  const medianSec = seconds.length % 2 === 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2;
  return { rows: results[0].rows, medianSec, rowsPerSec: results[0].rows / medianSec, peakRssMb: Math.max(...results.map((result) => result.peakRssMb)) };
}
