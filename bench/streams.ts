// Micro-benchmark of the seedrandom generators that src/engine/random.ts could use.
// Measures both costs a simulation pays: building a stream (one per replication, day and
// source) and drawing from it (the hot loop). The `hashed` rows seed a small generator with a
// 53-bit hash of the key (what src/engine/random.ts does); the others pass the key string. Run:
//   npx tsc -p tsconfig.build.json && node dist/bench/streams.js
// NOTE: each generator is timed in its own child process. Timed in one process, the draw loop
// turns polymorphic after the first generator and every later one looks slower than it is.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { hash53, tycheiFromInteger } from '../src/engine/random.js';

/** Builds a uniform [0, 1) stream from a string seed. */
type Make = (seed: string) => () => number;
/** A seedrandom generator seeded with an integer (accepted by the library, not by its type declarations). */
type Make53 = (seed: number) => () => number;

const candidates: Readonly<Record<string, Make>> = {
  'arc4 (default), 53 bits': (s) => seedrandom(s),
  'arc4 .quick, 32 bits': (s) => seedrandom(s).quick,
  'alea (), 32 bits': (s) => seedrandom.alea(s),
  'alea .double, 53 bits': (s) => seedrandom.alea(s).double,
  'xor4096 (), 32 bits': (s) => seedrandom.xor4096(s),
  'xor4096 .double, 53 bits': (s) => seedrandom.xor4096(s).double,
  'alea hashed, 32 bits': (s) => seedrandom.alea(String(hash53(s))),
  'xor128 hashed, 32 bits': (s) => (seedrandom.xor128 as unknown as Make53)(hash53(s)),
  'tychei hashed, 32 bits': (s) => tycheiFromInteger(hash53(s)),
  'xorwow hashed, 32 bits': (s) => (seedrandom.xorwow as unknown as Make53)(hash53(s)),
};

const DRAWS = 20_000_000;
const STREAMS = 20_000;
const ROUNDS = 3;

/** Seconds elapsed since `t0` (from process.hrtime.bigint). */
const secondsSince = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;

/** Times one generator; prints draws/sec and streams built/sec, best of ROUNDS each. */
function measure(name: string, make: Make): void {
  let drawRate = 0;
  let sum = 0; // printed, so the loop cannot be optimised away
  for (let round = 0; round < ROUNDS; round++) {
    const random = make(JSON.stringify([42, round, 'bench']));
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < DRAWS; i++) sum += random();
    drawRate = Math.max(drawRate, DRAWS / secondsSince(t0));
  }
  let buildRate = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < STREAMS; i++) sum += make(JSON.stringify([42, round, i, 'calls.arrivals']))();
    buildRate = Math.max(buildRate, STREAMS / secondsSince(t0));
  }
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US').padStart(13);
  console.log(`${name.padEnd(26)} ${fmt(drawRate)} ${fmt(buildRate)}   (checksum ${(sum % 1000).toFixed(3)})`);
}

const only = process.argv[2];
if (only !== undefined) {
  const make = candidates[only];
  if (make === undefined) throw new Error(`unknown generator ${JSON.stringify(only)}`);
  measure(only, make);
} else {
  console.log(`${'generator'.padEnd(26)} ${'draws/sec'.padStart(13)} ${'streams/sec'.padStart(13)}`);
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(candidates)) {
    process.stdout.write(execFileSync(process.execPath, [self, name], { encoding: 'utf8' }));
  }
}
