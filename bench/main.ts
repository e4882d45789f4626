// `npm run bench [-- --json] [-- --runs N]`: prints the benchmark table (or JSON).
// Benchmarks are never part of the test run.

import { benchImport } from './import-bench.js';
import { benchMmc } from './mmc-bench.js';
import { benchPlanning } from './planning-bench.js';
import { benchModel } from './model-bench.js';
import { benchScenario } from './scenario-bench.js';
import { benchWhatIf } from './whatif-bench.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 5;
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`--runs: expected a whole number >= 1, got ${args[runsFlag + 1]}\n`);
  process.exit(2);
}

const mmc = benchMmc(runs);
const ratio = mmc.recepsim.customersPerSec / mmc.simjs.customersPerSec;
const scenario = benchScenario(runs);
const whatIf = await benchWhatIf(runs);
const model = benchModel(runs);
// Model overhead: events per second of the full reception model against the bare M/M/c loop
// (two events per customer) on the same calendar.
const engineEventsPerSec = 2 * mmc.recepsim.customersPerSec;
const imports = await benchImport(runs);
const planning = benchPlanning(runs);

if (asJson) {
  const modelOverEngine = scenario.recepsim.eventsPerSec / engineEventsPerSec;
  const sideBySide = {
    ...model,
    mediumDaysPerSecOverBaseline: model.baseline ? model.current.medium.daysPerSec / model.baseline.medium.daysPerSec : null,
    mmcModelEventsOverCalendar: model.current.mmc.eventsPerSec / engineEventsPerSec,
    mmcBaselineEventsOverCalendar: model.baseline ? model.baseline.mmc.eventsPerSec / engineEventsPerSec : null,
  };
  process.stdout.write(`${JSON.stringify({ runs, mmc, recepsimOverSimjs: ratio, scenario, modelOverEngine, model: sideBySide, whatIf, import: imports, planning }, null, 2)}\n`);
} else {
  const rows = [
    ['recepsim calendar', mmc.recepsim],
    ['simjs calendar (same interface)', mmc.simjs],
    ['simjs native (Entity + Facility)', mmc.simjsNative],
    ['typed-heap loop (hand-specialised)', mmc.rawHeap],
  ] as const;
  const customers = mmc.recepsim.customers.toLocaleString('en-US');
  process.stdout.write(`M/M/10, 9 arrivals/min, mean service 1 min, ${customers} customers; median of ${runs} runs\n\n`);
  process.stdout.write('| implementation | median s | customers/s | vs simjs calendar |\n|---|---:|---:|---:|\n');
  for (const [name, row] of rows) {
    const speedup = row.customersPerSec / mmc.simjs.customersPerSec;
    process.stdout.write(
      `| ${name} | ${row.medianSec.toFixed(3)} | ${Math.round(row.customersPerSec).toLocaleString('en-US')} | ${speedup.toFixed(2)}× |\n`,
    );
  }
  process.stdout.write(`\nrecepsim / simjs calendar: ${ratio.toFixed(2)}×\n`);
  const days = scenario.recepsim.days;
  process.stdout.write(`\nMedium example scenario (scenarios/medium-dealership.yaml), ${days} days in one thread; median of ${runs} runs\n\n`);
  process.stdout.write('| calendar | median s | days/s | events/s | events/s vs bare M/M/c |\n|---|---:|---:|---:|---:|\n');
  for (const engine of ['recepsim', 'simjs'] as const) {
    const row = scenario[engine];
    const share = row.eventsPerSec / (engine === 'recepsim' ? engineEventsPerSec : 2 * mmc.simjs.customersPerSec);
    process.stdout.write(
      `| ${engine} | ${row.medianSec.toFixed(3)} | ${Math.round(row.daysPerSec).toLocaleString('en-US')} | ${Math.round(row.eventsPerSec).toLocaleString('en-US')} | ${(share * 100).toFixed(0)} % |\n`,
    );
  }
  process.stdout.write('\nWhat-if page in headless Chromium: first answer (50 replications × 5 days of the medium example)\n\n');
  if (whatIf === null) process.stdout.write('skipped: no Chromium at /usr/bin/chromium\n');
  else {
    process.stdout.write('| what | ms |\n|---|---:|\n');
    process.stdout.write(`| opening the page (workers start cold) | ${whatIf.openMs.toFixed(0)} |\n`);
    process.stdout.write(`| moving a control, median of ${whatIf.changeMs.length} (${whatIf.workers} workers) | ${whatIf.changeMedianMs.toFixed(0)} |\n`);
    process.stdout.write(`| … of which until its 50 replications are in | ${whatIf.changeSimulatedMedianMs.toFixed(0)} |\n`);
    process.stdout.write(`| the same 250 days in one Node thread | ${whatIf.nodeOneThreadMs.toFixed(0)} |\n`);
  }
  process.stdout.write(`\nImporting a call log (Spanish export, 2,000 calls a working day), each run a fresh process; median of ${runs} runs\n\n`);
  process.stdout.write('| workload | rows | median s | rows/s | peak memory MB |\n|---|---:|---:|---:|---:|\n');
  for (const [name, row] of [
    ['csv-parse alone (the floor)', imports.parseMillion],
    ['recepsim import calls', imports.importHundredThousand],
    ['recepsim import calls', imports.importMillion],
  ] as const) {
    process.stdout.write(
      `| ${name} | ${row.rows.toLocaleString('en-US')} | ${row.medianSec.toFixed(2)} | ${Math.round(row.rowsPerSec).toLocaleString('en-US')} | ${Math.round(row.peakRssMb)} |\n`,
    );
  }
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  process.stdout.write(
    `\nThe reception model against the code before the day's rewrite (commit ${model.baselineCommit}), side by side: ` +
      `runs alternate between the two builds, each in a fresh process; median of ${runs} rounds\n\n`,
  );
  process.stdout.write('| build | medium: days/s | medium: events/s | M/M/10 as the model: events/s | vs bare calendar on M/M/10 |\n|---|---:|---:|---:|---:|\n');
  const rowsBySide = [['before', model.baseline], ['now', model.current]] as const;
  for (const [name, row] of rowsBySide) {
    if (!row) {
      process.stdout.write(`| ${name} | (git could not give commit ${model.baselineCommit}) | | | |\n`);
      continue;
    }
    process.stdout.write(
      `| ${name} | ${fmt(row.medium.daysPerSec)} | ${fmt(row.medium.eventsPerSec)} | ${fmt(row.mmc.eventsPerSec)} | ${(row.mmc.eventsPerSec / engineEventsPerSec).toFixed(3)}× |\n`,
    );
  }
  if (model.baseline) {
    process.stdout.write(`\nmedium example, now / before: ${(model.current.medium.daysPerSec / model.baseline.medium.daysPerSec).toFixed(2)}× days per second\n`);
  }
  const seconds = (timing: { medianSec: number; minSec: number; maxSec: number }) =>
    `${timing.medianSec.toFixed(2)} | ${timing.minSec.toFixed(2)}–${timing.maxSec.toFixed(2)}`;
  process.stdout.write(`\nPlanning, whole commands, each run a fresh process, alternated; median of ${runs} runs\n\n`);
  process.stdout.write('| command | median s | range s | peak memory MB |\n|---|---:|---:|---:|\n');
  const planningRows: [string, { medianSec: number; minSec: number; maxSec: number; peakRssMb: number }][] = [
    ['size, medium, 3 policies, 1–8 advisors, 2 workers', planning.size.twoWorkers],
    ['the same, 1 worker', planning.size.oneWorker],
    ['size, every team at 100 replications, 2 workers', planning.sizeFull.twoWorkers],
    ['the same, 1 worker', planning.sizeFull.oneWorker],
    ['size\'s search alone (library, no start-up or report), 2 workers', planning.sizeSearch.twoWorkers],
    ['the same, 1 worker', planning.sizeSearch.oneWorker],
    ['the search alone, every team at 100 replications, 2 workers', planning.sizeSearchFull.twoWorkers],
    ['the same, 1 worker', planning.sizeSearchFull.oneWorker],
    ['run, 2 × 1,000 days, 1 worker', planning.memory.days2000],
    ['run, 2 × 10 days, 1 worker', planning.memory.days20],
    ['recepsim --help', planning.startUp.help],
    ['run, up to its first simulated day', planning.startUp.run],
  ];
  for (const [name, timing] of planningRows) process.stdout.write(`| ${name} | ${seconds(timing)} | ${Math.round(timing.peakRssMb)} |\n`);
  process.stdout.write(
    `\nsize speed-up, 2 workers over 1: ${planning.size.speedUp.toFixed(2)}× (default precision), ${planning.sizeFull.speedUp.toFixed(2)}× (100 replications per team)\n` +
      `  its search alone: ${planning.sizeSearch.speedUp.toFixed(2)}× (default precision), ${planning.sizeSearchFull.speedUp.toFixed(2)}× (100 replications per team)\n` +
      `peak memory, 2,000 days over 20 days: ${planning.memory.ratio.toFixed(2)}×\n`,
  );
}
