import { describe, expect, it } from 'vitest';
import { ById } from '../../../../src/model/day/by-id.js';

const item = (id: number) => ({ id });

describe('ById', () => {
  it('finds what was added, by id, until it is deleted', () => {
    const byId = new ById<{ id: number }>();
    const [a, b, c] = [item(3), item(7), item(8)];
    byId.add(a);
    byId.add(b);
    byId.add(c);
    expect(byId.get(7)).toBe(b);
    expect(byId.get(5)).toBeUndefined();
    expect(byId.get(2)).toBeUndefined();
    expect(byId.get(9)).toBeUndefined();
    byId.delete(b);
    expect(byId.get(7)).toBeUndefined();
    expect(byId.get(8)).toBe(c);
  });

  it('takes the same item twice as once, and refuses a lower id', () => {
    const byId = new ById<{ id: number }>();
    const a = item(4);
    byId.add(a);
    byId.add(a);
    byId.delete(a);
    expect(byId.get(4)).toBeUndefined();
    byId.add(item(10));
    expect(() => byId.add(item(9))).toThrow(RangeError);
  });

  it('keeps finding the live items while the oldest are dropped from its front', () => {
    const byId = new ById<{ id: number }>();
    const live: { id: number }[] = [];
    // A sliding window of about 50 live items over 10,000 ids, with gaps between ids.
    for (let id = 0; id < 10_000; id += 2) {
      const next = item(id);
      byId.add(next);
      live.push(next);
      if (live.length > 50) byId.delete(live.shift()!);
    }
    for (const each of live) expect(byId.get(each.id)).toBe(each);
    expect(byId.get(live[0].id - 2)).toBeUndefined();
    // Memory follows the live window, not every id seen.
    expect((byId as unknown as { items: unknown[] }).items.length).toBeLessThan(500);
  });

  it('starts afresh after clear', () => {
    const byId = new ById<{ id: number }>();
    byId.add(item(100));
    byId.clear();
    const a = item(1);
    byId.add(a);
    expect(byId.get(1)).toBe(a);
    expect(byId.get(100)).toBeUndefined();
  });
});
