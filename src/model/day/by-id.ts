// Contacts of one day by id, for the events that name them (a patience timer, a redial). Ids are
// handed out in increasing order during a day, so a plain array indexed by id (less the id of its
// first entry) finds them: a Map costs several times more per lookup, and this is on the path of
// every call. Memory stays bounded in a long steady-state day: the entries in front of the oldest
// contact still here are dropped.

/** Items with increasing ids, found by id in constant time. */
export class ById<T extends { readonly id: number }> {
  /** Entries [0, end) are in use (an undefined one: deleted, or an id never added); the rest is spare storage. */
  private items: (T | undefined)[] = [];
  private end = 0;
  /** The id of `items[0]`. */
  private firstId = 0;
  /** Entries before this index are all deleted. */
  private head = 0;
  private live = 0;

  /** Adds `item` (nothing if it is here already); its id must be above every id added since the last `clear`. */
  add(item: T): void {
    if (this.get(item.id) === item) return;
    if (this.live === 0) {
      // Empty: start again from the front of the storage.
      this.end = 0;
      this.head = 0;
      this.firstId = item.id;
    }
    const index = item.id - this.firstId;
    if (index < this.end) throw new RangeError(`by id: id ${item.id} added after a higher id`);
    const items = this.items;
    // Gaps are filled one entry at a time: the array stays packed (a write far past its end would make it a dictionary).
    while (this.end < index) this.put(items, undefined);
    this.put(items, item);
    this.live++;
  }

  /** The item with this id, if it was added and not deleted. */
  get(id: number): T | undefined {
    const index = id - this.firstId;
    return index >= 0 && index < this.end ? this.items[index] : undefined;
  }

  /** Forgets `item` (nothing if it is not here). */
  delete(item: T): void {
    const index = item.id - this.firstId;
    if (!(index >= 0 && index < this.end) || this.items[index] !== item) return;
    this.items[index] = undefined;
    this.live--;
    if (index === this.head) this.skipDeletedFront();
  }

  /** Forgets everything (a new day). */
  clear(): void {
    for (let i = 0; i < this.end; i++) this.items[i] = undefined;
    this.end = 0;
    this.head = 0;
    this.firstId = 0;
    this.live = 0;
  }

  private put(items: (T | undefined)[], item: T | undefined): void {
    if (this.end < items.length) items[this.end] = item;
    else items.push(item);
    this.end++;
  }

  /** Moves past the deleted entries at the front; once they are half of those in use, drops them. */
  private skipDeletedFront(): void {
    const items = this.items;
    let head = this.head;
    while (head < this.end && items[head] === undefined) head++;
    if (head >= 64 && head * 2 >= this.end) {
      // Plain loops: copyWithin and fill take a generic (slow) path on arrays.
      const kept = this.end - head;
      for (let i = 0; i < kept; i++) items[i] = items[head + i];
      for (let i = kept; i < this.end; i++) items[i] = undefined;
      this.end = kept;
      this.firstId += head;
      head = 0;
    }
    this.head = head;
  }
}
