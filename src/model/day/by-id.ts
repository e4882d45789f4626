// Contacts of one day by id, for the events that name them (a patience timer, a redial). Ids are
// handed out in increasing order during a day, so a plain array indexed by id (less the id of its
// first entry) finds them: a Map costs several times more per lookup, and this is on the path of
// every call. Memory stays bounded in a long steady-state day: entries at the front that are done
// are dropped as the oldest contact ends.

/** Items with increasing ids, found by id in constant time. */
export class ById<T extends { readonly id: number }> {
  private items: (T | undefined)[] = [];
  /** The id of `items[0]`. */
  private firstId = 0;
  /** Entries before this index are all deleted. */
  private head = 0;
  private live = 0;

  /** Adds `item` (nothing if it is here already); its id must be above every id added since the last `clear`. */
  add(item: T): void {
    const items = this.items;
    if (this.get(item.id) === item) return;
    if (this.live === 0) {
      items.length = 0;
      this.firstId = item.id;
      this.head = 0;
    }
    const index = item.id - this.firstId;
    if (index < items.length) throw new RangeError(`by id: id ${item.id} added after a higher id`);
    // Holes filled one by one keep the array packed (a write far past its end would make it a dictionary).
    while (items.length < index) items.push(undefined);
    items.push(item);
    this.live++;
  }

  /** The item with this id, if it was added and not deleted. */
  get(id: number): T | undefined {
    const index = id - this.firstId;
    return index >= 0 && index < this.items.length ? this.items[index] : undefined;
  }

  /** Forgets `item` (nothing if it is not here). */
  delete(item: T): void {
    const items = this.items;
    const index = item.id - this.firstId;
    if (!(index >= 0 && index < items.length) || items[index] !== item) return;
    items[index] = undefined;
    this.live--;
    if (index === this.head) this.dropDoneFront();
  }

  /** Forgets everything (a new day). */
  clear(): void {
    this.items.length = 0;
    this.firstId = 0;
    this.head = 0;
    this.live = 0;
  }

  /** Moves past the deleted entries at the front, and drops them once they are half the array. */
  private dropDoneFront(): void {
    const items = this.items;
    let head = this.head;
    while (head < items.length && items[head] === undefined) head++;
    if (head >= 64 && head * 2 >= items.length) {
      this.items = items.slice(head);
      this.firstId += head;
      head = 0;
    }
    this.head = head;
  }
}
