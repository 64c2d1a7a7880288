import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  type Filter,
  type KurrentDBClient,
  START,
  StreamNotFoundError,
} from '@kurrent/kurrentdb-client';
import { KurrentDbEventStore } from '../../../src/event-store/kurrentdb/kurrentdb-event-store';

interface Stored {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly position: bigint;
}

interface ReadAllCall {
  readonly fromPosition?: typeof START | typeof END | { commit: bigint };
  readonly direction?: string;
  readonly maxCount?: number | bigint;
  readonly filter?: Filter;
}

/**
 * The reads of a KurrentDB client over an in-memory $all, counting how many events its filtered
 * reads examine: enough to see how the adapter pages $all and its streams without a server.
 * Positions grow by 100 per event, as byte offsets would; appends are unconditional.
 */
export class FakeKurrentDb {
  readonly all: Stored[] = [];
  /** Events a filtered $all read looked at, matching or not. */
  examined = 0;
  readonly streamReads: { stream: string; fromRevision?: bigint }[] = [];

  add(streamId: string, count = 1): bigint {
    for (let i = 0; i < count; i++) {
      const revision = BigInt(this.all.filter((e) => e.streamId === streamId).length);
      const position = BigInt(this.all.length + 1) * 100n;
      this.all.push({
        streamId,
        id: randomUUID(),
        type: 'LearningProgressRecorded',
        revision,
        position,
      });
    }
    return this.all.at(-1)!.position;
  }

  /** A store on this fake, as the adapter would be on a server. */
  store(prefix?: string): KurrentDbEventStore {
    const store = new KurrentDbEventStore('kurrentdb://localhost:2113?tls=false', 20, prefix);
    void (store as unknown as { client: KurrentDBClient }).client.dispose();
    (store as unknown as { client: unknown }).client = this;
    return store;
  }

  // eslint-disable-next-line @typescript-eslint/require-await
  async *readAll({ fromPosition = START, direction, maxCount, filter }: ReadAllCall) {
    const backwards = direction === BACKWARDS;
    const ordered = backwards ? [...this.all].reverse() : this.all;
    const from = fromPosition === START || fromPosition === END ? undefined : fromPosition.commit;
    let left = Number(maxCount ?? Number.MAX_SAFE_INTEGER);
    for (const event of ordered) {
      if (left === 0) return;
      if (from !== undefined && (backwards ? event.position > from : event.position < from))
        continue;
      if (filter) this.examined++;
      if (filter && !passes(filter, event)) continue;
      left--;
      yield resolved(event);
    }
  }

  // eslint-disable-next-line @typescript-eslint/require-await
  async *readStream(
    stream: string,
    { fromRevision = 0n, maxCount }: { fromRevision?: bigint; maxCount?: number } = {},
  ) {
    this.streamReads.push({ stream, fromRevision });
    const events = this.all.filter((e) => e.streamId === stream);
    if (events.length === 0) throw new StreamNotFoundError(undefined, stream);
    let left = Number(maxCount ?? Number.MAX_SAFE_INTEGER);
    for (const event of events) {
      if (event.revision < fromRevision) continue;
      if (left-- <= 0) return;
      yield resolved(event);
    }
  }

  appendToStream(stream: string, events: readonly { id: string }[]) {
    for (const { id } of events) {
      this.add(stream);
      const last = this.all.pop()!;
      this.all.push({ ...last, id });
    }
    const last = this.all.at(-1)!;
    return Promise.resolve({
      nextExpectedRevision: last.revision,
      position: { commit: last.position, prepare: last.position },
    });
  }

  dispose(): Promise<void> {
    return Promise.resolve();
  }
}

function passes(filter: Filter, event: Stored): boolean {
  const subject = filter.filterOn === 'streamName' ? event.streamId : event.type;
  if ('prefixes' in filter) return filter.prefixes.some((prefix) => subject.startsWith(prefix));
  return new RegExp(filter.regex).test(subject);
}

function resolved(event: Stored) {
  return {
    event: {
      id: event.id,
      type: event.type,
      streamId: event.streamId,
      revision: event.revision,
      data: {},
      metadata: { tenant: 'acme' },
      position: { commit: event.position, prepare: event.position },
    },
    commitPosition: event.position,
  };
}
