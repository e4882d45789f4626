// The benchmark M/M/c as one hand-specialised loop over a typed-array heap of
// (time, sequence, kind): no Calendar interface, no dispatch table, no cancellation.
// It is the ceiling a general-purpose calendar can approach, not a usable engine.

import type { RandomStream } from '../../src/engine/random.js';

const ARRIVAL = 0;
const DEPARTURE = 1;

/** Runs the M/M/c workload in a specialised loop; returns the number of customers served. */
export function runMmcRawHeap(
  params: { arrivalsPerMin: number; meanServiceMin: number; servers: number; horizonMin: number },
  streams: { readonly arrivals: RandomStream; readonly service: RandomStream },
): number {
  let capacity = 1024;
  let times = new Float64Array(capacity);
  let seqs = new Float64Array(capacity);
  let kinds = new Uint8Array(capacity);
  let size = 0;
  let nextSeq = 0;

  const push = (time: number, kind: number): void => {
    if (size === capacity) {
      capacity *= 2;
      const t = new Float64Array(capacity);
      t.set(times);
      times = t;
      const s = new Float64Array(capacity);
      s.set(seqs);
      seqs = s;
      const k = new Uint8Array(capacity);
      k.set(kinds);
      kinds = k;
    }
    const seq = nextSeq++;
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p] < time || (times[p] === time && seqs[p] < seq)) break;
      times[i] = times[p];
      seqs[i] = seqs[p];
      kinds[i] = kinds[p];
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    kinds[i] = kind;
  };

  const popInto = (): void => {
    const last = --size;
    const time = times[last];
    const seq = seqs[last];
    const kind = kinds[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && (times[child + 1] < times[child] || (times[child + 1] === times[child] && seqs[child + 1] < seqs[child]))) child++;
      if (time < times[child] || (time === times[child] && seq < seqs[child])) break;
      times[i] = times[child];
      seqs[i] = seqs[child];
      kinds[i] = kinds[child];
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    kinds[i] = kind;
  };

  const meanGapMin = 1 / params.arrivalsPerMin;
  let busy = 0;
  let waiting = 0;
  let served = 0;
  push(-meanGapMin * Math.log(1 - streams.arrivals()), ARRIVAL);
  while (size > 0) {
    const now = times[0];
    const kind = kinds[0];
    popInto();
    if (kind === ARRIVAL) {
      if (busy < params.servers) {
        busy++;
        push(now - params.meanServiceMin * Math.log(1 - streams.service()), DEPARTURE);
      } else {
        waiting++;
      }
      const next = now - meanGapMin * Math.log(1 - streams.arrivals());
      if (next < params.horizonMin) push(next, ARRIVAL);
    } else {
      served++;
      if (waiting > 0) {
        waiting--;
        push(now - params.meanServiceMin * Math.log(1 - streams.service()), DEPARTURE);
      } else {
        busy--;
      }
    }
  }
  return served;
}
