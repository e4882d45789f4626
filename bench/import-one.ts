// Times one import of a call log in a fresh process and prints its row as JSON: rows, seconds and
// the process's peak memory. `parse` reads the same file with csv-parse alone (the floor an
// importer cannot go below); `import` is recepsim's whole import: decode, parse, read rows,
// estimate, build the fragment.

import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { CallLogCalibration } from '../src/analysis/calibration/calls.js';
import { callsFragment } from '../src/analysis/calibration/calls-fragment.js';
import { readCallLog } from '../src/io/import/call-log.js';
import { fragmentYaml } from '../src/io/scenario-yaml.js';

const [mode, path] = process.argv.slice(2) as ['parse' | 'import', string];

async function parseOnly(): Promise<number> {
  let rows = 0;
  const parser = createReadStream(path, { highWaterMark: 1 << 20 }).pipe(parse({ delimiter: ';', relax_column_count: true, skip_empty_lines: true }));
  parser.on('data', () => rows++);
  await new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
  return rows - 1;
}

async function importCalls(): Promise<number> {
  let calibration: CallLogCalibration | undefined;
  await readCallLog(path, { label: path, strict: false }, () => {
    const fresh = new CallLogCalibration({ redialWindowMin: 120, answeredWithinSec: 20 });
    calibration = fresh;
    return (call) => fresh.add(call);
  });
  const estimate = calibration!.finish()!;
  fragmentYaml([callsFragment(estimate, { file: path, rows: estimate.rows, skipped: 0, leftOut: [] }, undefined)]);
  return estimate.rows;
}

const start = process.hrtime.bigint();
const rows = mode === 'parse' ? await parseOnly() : await importCalls();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ rows, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
