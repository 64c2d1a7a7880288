import { askedThread, closeThread, moduleThread } from '../../core/module-thread';
import type { ReadAllOptions, RecordedEvent } from '../event-store';
import { COLUMNS, recorded } from './event-row';

/** What the thread opens, and the statement it steps through for each page. */
export interface ReadAheadSetup {
  readonly file: string;
  readonly sql: string;
}

/** A page of rows by column: typed arrays for the numbers, handed over without a copy. */
export interface PageColumns {
  readonly positions: BigInt64Array;
  readonly revisions: BigInt64Array;
  readonly eventIds: readonly string[];
  readonly streams: readonly string[];
  readonly types: readonly string[];
  readonly data: readonly string[];
  readonly metadata: readonly string[];
}

export type PageAnswer = PageColumns | { readonly error: string };

/**
 * The whole log after `after`, page by page, each page's rows stepped through by a thread of
 * its own (read-ahead-worker.ts) on a read-only connection while the caller applies the page
 * before: reading the log was a quarter of a rebuild's time on the one thread, stepping through
 * SQLite's rows 1.5 s of a million events. The rows come over as text and are parsed here, as
 * `readAll` parses them (a parsed event would cost as much to copy across as to parse). The
 * thread stops when the pages end or the caller stops asking.
 */
export async function* readAhead(
  file: string,
  { after, limit }: ReadAllOptions,
): AsyncGenerator<RecordedEvent[]> {
  const worker = moduleThread(__filename, 'read-ahead-worker', {
    file,
    sql: `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
  } satisfies ReadAheadSetup);
  const asked = askedThread<PageAnswer>(worker, "the log's read-ahead thread");
  try {
    const ask = (from: bigint | undefined) => asked.ask({ after: from ?? 0n, limit }).then(pageOf);
    let next = ask(after);
    for (;;) {
      const page = await next;
      if (page.positions.length === 0) return;
      // The next page is read while this one is applied.
      next = ask(page.positions[page.positions.length - 1]);
      // Not unhandled should the caller stop before it: the thread's end settles it.
      next.catch(() => undefined);
      yield eventsOf(page);
    }
  } finally {
    await closeThread(worker);
  }
}

/** A page's rows, or the error the thread met reading them. */
function pageOf(answer: PageAnswer): PageColumns {
  if ('error' in answer) throw new Error(answer.error);
  return answer;
}

function eventsOf(page: PageColumns): RecordedEvent[] {
  const { positions, revisions, eventIds, streams, types, data, metadata } = page;
  const events = new Array<RecordedEvent>(positions.length);
  for (let i = 0; i < positions.length; i++)
    events[i] = recorded(
      positions[i]!,
      eventIds[i]!,
      streams[i]!,
      revisions[i]!,
      types[i]!,
      data[i]!,
      metadata[i]!,
    );
  return events;
}
