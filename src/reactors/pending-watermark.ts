/**
 * The checkpoint of a reactor that works on several events at once: the position before the
 * oldest event still in progress, or the last position seen when nothing is. A restart from it
 * redoes only unfinished work.
 */
export class PendingWatermark {
  private readonly pending: { position: bigint; before: bigint | undefined; done: boolean }[] = [];
  private lastSeen: bigint | undefined;

  constructor(start: bigint | undefined) {
    this.lastSeen = start;
  }

  /** An event that needs work; returns the handle to mark it done. */
  begin(position: bigint): () => void {
    const entry = { position, before: this.lastSeen, done: false };
    this.pending.push(entry);
    this.lastSeen = position;
    return () => {
      entry.done = true;
      while (this.pending[0]?.done) this.pending.shift();
    };
  }

  /** An event that needs no work. */
  skip(position: bigint): void {
    this.lastSeen = position;
  }

  get checkpoint(): bigint | undefined {
    return this.pending.length > 0 ? this.pending[0]!.before : this.lastSeen;
  }

  get inProgress(): number {
    return this.pending.filter((entry) => !entry.done).length;
  }
}
