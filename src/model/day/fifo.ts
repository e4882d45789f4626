// A first-in first-out queue from which any member can also leave (a caller hanging up, a
// walk-in giving up). Leaving marks the entry; the head skips marked entries, and the storage
// is compacted as the head advances, so memory follows the queue's length, not its history.

/** Something that can wait in one Fifo at a time. */
export interface Queueable {
  /** True while the item waits in a queue. Managed by Fifo. */
  queued: boolean;
}

/** FIFO queue with O(1) removal from anywhere. */
export class Fifo<T extends Queueable> {
  private items: T[] = [];
  private head = 0;
  private count = 0;

  /** Items waiting. */
  get length(): number {
    return this.count;
  }

  push(item: T): void {
    item.queued = true;
    this.items.push(item);
    this.count++;
  }

  /** Puts an item back at the front (work resumed later, before anything newer). */
  pushFront(item: T): void {
    item.queued = true;
    if (this.head > 0) this.items[--this.head] = item;
    else this.items.unshift(item);
    this.count++;
  }

  /** The oldest waiting item, without removing it. */
  peek(): T | undefined {
    this.skipLeft();
    return this.count > 0 ? this.items[this.head] : undefined;
  }

  /** Removes and returns the oldest waiting item. */
  shift(): T | undefined {
    const item = this.peek();
    if (item) this.remove(item);
    return item;
  }

  /** Takes `item` out of the queue wherever it is. */
  remove(item: T): void {
    if (!item.queued) return;
    item.queued = false;
    this.count--;
    this.skipLeft();
  }

  /** Removes and returns every waiting item, oldest first. */
  drain(): T[] {
    const waiting = this.items.slice(this.head).filter((item) => item.queued);
    for (const item of waiting) item.queued = false;
    this.items = [];
    this.head = 0;
    this.count = 0;
    return waiting;
  }

  /** Empties the queue (its items are no longer queued), keeping its storage. */
  clear(): void {
    for (let i = this.head; i < this.items.length; i++) this.items[i].queued = false;
    this.items.length = 0;
    this.head = 0;
    this.count = 0;
  }

  private skipLeft(): void {
    while (this.head < this.items.length && !this.items[this.head].queued) this.head++;
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
