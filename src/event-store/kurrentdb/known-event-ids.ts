/** An event of a stream as the duplicate check needs it. */
export interface StoredId {
  readonly revision: bigint;
  readonly eventId: string;
}

/** Reads a stream's events after a revision (the whole stream for undefined), oldest first. */
export type ReadIdsAfter = (stream: string, after: bigint | undefined) => Promise<StoredId[]>;

interface Known {
  revision: bigint;
  readonly ids: Set<string>;
}

/**
 * The event ids of the streams this process appends to, each known up to a revision. The
 * duplicate-id check of an append at a stream's end needs every id the stream holds; streams
 * only grow, so what was read once is kept and only the events after it are read again: an
 * append costs the events appended since this process last looked, not the whole stream (which
 * on `statusList-<tenant>` grows with every certificate). Streams are forgotten oldest-used
 * first once more than `maxIds` ids are kept; a forgotten stream is read whole on its next
 * append. Streams are never deleted by the service (a deleted one answers StreamDeletedError).
 */
export class KnownEventIds {
  private readonly streams = new Map<string, Known>();
  private kept = 0;

  constructor(private readonly maxIds = 200_000) {}

  /**
   * The ids the stream holds when its last revision is `expected`, or null when it is not there
   * (then the server decides: an idempotent retry or a conflict).
   */
  async atEnd(
    stream: string,
    expected: bigint,
    readAfter: ReadIdsAfter,
  ): Promise<ReadonlySet<string> | null> {
    let known = this.take(stream);
    if (known && known.revision > expected) {
      // Past `expected` already: nothing to read.
      this.keep(stream, known);
      return null;
    }
    const fresh = await readAfter(stream, known?.revision);
    if (!known) known = { revision: -1n, ids: new Set() };
    for (const { revision, eventId } of fresh) {
      known.ids.add(eventId);
      known.revision = revision;
    }
    this.keep(stream, known);
    return known.revision === expected ? known.ids : null;
  }

  /** An append of `ids` after `expected` succeeded, ending at `revision`. */
  appended(
    stream: string,
    expected: bigint | 'no-stream',
    ids: readonly string[],
    revision: bigint,
  ) {
    const known =
      this.take(stream) ??
      (expected === 'no-stream' ? { revision: -1n, ids: new Set<string>() } : undefined);
    if (!known) return;
    // Only when the append follows what is known; otherwise the next check reads the gap.
    if (known.revision === (expected === 'no-stream' ? -1n : expected)) {
      for (const id of ids) known.ids.add(id);
      known.revision = revision;
    }
    this.keep(stream, known);
  }

  /** How many ids are kept, for the bound's tests. */
  get size(): number {
    return this.kept;
  }

  private take(stream: string): Known | undefined {
    const known = this.streams.get(stream);
    if (!known) return undefined;
    this.streams.delete(stream);
    this.kept -= known.ids.size;
    return known;
  }

  /** Puts the stream back as the most recently used, forgetting the least recently used ones. */
  private keep(stream: string, known: Known): void {
    // A concurrent check of the same stream may have put its own copy back meanwhile.
    this.take(stream);
    this.streams.set(stream, known);
    this.kept += known.ids.size;
    for (const [name, oldest] of this.streams) {
      if (this.kept <= this.maxIds || name === stream) break;
      this.streams.delete(name);
      this.kept -= oldest.ids.size;
    }
  }
}
