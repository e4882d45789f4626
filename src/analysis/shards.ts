// Shards: one command's work cut into n deterministic slices that separate machines run, then
// merge. Work item k (a grid point of a sweep, a search of size, in their fixed order) belongs to
// shard (k mod n) + 1, so every shard has its share whatever the grid, and the slices do not
// depend on anything but k and n.

/** Shard `index` of `count` (1-based). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Whether work item `k` (0-based) belongs to `shard` (every item belongs to no shard given). */
export function inShard(k: number, shard: Shard | null): boolean {
  return shard === null || k % shard.count === shard.index - 1;
}

/** Reads "i/n" with 1 ≤ i ≤ n; undefined when not of that form. */
export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (match === null) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && index <= count ? { index, count } : undefined;
}
