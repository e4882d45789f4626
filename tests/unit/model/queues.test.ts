import { describe, expect, it } from 'vitest';
import { Fifo } from '../../../src/model/day/fifo.js';
import { IdSet } from '../../../src/model/day/id-set.js';

const item = (name: string) => ({ name, queued: false });

describe('Fifo', () => {
  it('serves first in, first out, with removal from anywhere and put-back at the front', () => {
    const queue = new Fifo<ReturnType<typeof item>>();
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(item);
    for (const x of [a, b, c]) queue.push(x);
    queue.remove(b);
    expect(b.queued).toBe(false);
    expect(queue.length).toBe(2);
    expect(queue.shift()).toBe(a);
    queue.pushFront(d);
    expect(queue.peek()).toBe(d);
    expect(queue.drain().map((x) => x.name)).toEqual(['d', 'c']);
    expect(queue.length).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });

  it('keeps order through thousands of arrivals and departures (storage compaction)', () => {
    const queue = new Fifo<ReturnType<typeof item>>();
    const out: string[] = [];
    for (let i = 0; i < 5000; i++) {
      queue.push(item(String(i)));
      if (i % 3 !== 0) out.push(queue.shift()!.name);
    }
    while (queue.length > 0) out.push(queue.shift()!.name);
    expect(out).toEqual(Array.from({ length: 5000 }, (_, i) => String(i)));
  });
});

describe('IdSet', () => {
  it('keeps ids ascending, once each', () => {
    const set = new IdSet(5);
    for (const id of [3, 0, 4, 3, 1, 2]) set.add(id);
    set.delete(2);
    set.add(0);
    const out = new Int32Array(5);
    expect(Array.from(out.subarray(0, set.copyInto(out)))).toEqual([0, 1, 3, 4]);
    expect(set.size).toBe(4);
  });
});
