// A small set of integer ids kept in ascending order, for walking free people in a fixed order
// without scanning everyone. Sizes are team sizes (tens), so linear work is the fast choice.

/** Ascending set of small non-negative integers. */
export class IdSet {
  private ids: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.ids = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  add(id: number): void {
    for (let i = 0; i < this.count; i++) if (this.ids[i] === id) return;
    let i = this.count;
    while (i > 0 && this.ids[i - 1] > id) {
      this.ids[i] = this.ids[i - 1];
      i--;
    }
    this.ids[i] = id;
    this.count++;
  }

  delete(id: number): void {
    for (let i = 0; i < this.count; i++) {
      if (this.ids[i] !== id) continue;
      for (let j = i; j < this.count - 1; j++) this.ids[j] = this.ids[j + 1];
      this.count--;
      return;
    }
  }

  /** Copies the ids, ascending, into `target` (large enough) and returns how many there are. */
  copyInto(target: Int32Array): number {
    for (let i = 0; i < this.count; i++) target[i] = this.ids[i];
    return this.count;
  }

}
