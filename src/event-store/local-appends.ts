/** Streams whose latest append by this store object is remembered; beyond, a mark says "maybe". */
const REMEMBERED = 100_000;

/**
 * Which streams a store object appended to lately, counted: for `EventLog.unchangedSince`,
 * alongside what SQLite says of other connections. Its own appends change nothing SQLite
 * reports to the same connection, and not all of them pass the write model (the daily
 * markers), so the store counts them itself.
 */
export class LocalAppends {
  private appends = 0;
  /** The latest append whose stream is no longer remembered. */
  private forgottenUpTo = 0;
  private readonly last = new Map<string, number>();

  constructor(private readonly remembered = REMEMBERED) {}

  /** Appends so far: a mark's count. */
  get count(): number {
    return this.appends;
  }

  /** Called as the append is written, before its commit: counted even if the commit fails. */
  appended(stream: string): void {
    this.appends++;
    this.last.delete(stream);
    this.last.set(stream, this.appends);
    if (this.last.size > this.remembered) {
      const [oldest, at] = this.last.entries().next().value!;
      this.last.delete(oldest);
      this.forgottenUpTo = at;
    }
  }

  /** Whether this object has surely not appended to the stream since its `count` was `since`. */
  noneSince(stream: string, since: number): boolean {
    return (this.last.get(stream) ?? this.forgottenUpTo) <= since;
  }
}
