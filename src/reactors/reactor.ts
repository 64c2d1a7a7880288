import type { AnyEventType } from '../events/any-event';
import type { Position, RecordedEvent, RecordedOfType } from '../event-store/event-store';
import type { LogConsumer } from '../processing/log-processor';
import type { Doc, DocumentWriter, ReadStore } from '../read-store/read-store';
import { inParallel } from '../core/in-parallel';

/**
 * A side effect driven by the log: the event types it handles and what it does with one. It
 * runs on the log processor, which saves its checkpoint once the side effect is done, so a
 * crash redoes at most the events in flight: `react` must be safe to run again.
 */
export interface Reactor<T extends AnyEventType = AnyEventType> {
  readonly name: string;
  readonly handles: readonly T[];
  /** How many of a page's events it works on at once; 1 (the default) keeps log order. */
  readonly concurrency?: number;
  /** Why it cannot run in this process (it is then not started and this is logged), or null. */
  readonly unavailable?: string | null;
  /** Returns once the event is settled; may return early when `signal` aborts (redone later). */
  react(event: RecordedOfType<T>, signal: AbortSignal): Promise<void>;
}

/** Where reactors' checkpoints are kept: beside the read models, never rebuilt. */
export const REACTORS = 'reactors';

export interface CheckpointDoc extends Doc {
  readonly position: string | null;
}

const ensuring = new WeakMap<ReadStore, Promise<void>>();

/** The collection is ensured once per store: DDL can abort concurrent transactions. */
function ensured(store: ReadStore): Promise<void> {
  let ready = ensuring.get(store);
  // Stryker disable next-line ConditionalExpression: ensuring the collection again only repeats the DDL (IF NOT EXISTS)
  if (!ready)
    ensuring.set(store, (ready = store.ensureCollection({ name: REACTORS, indexes: [] })));
  return ready;
}

/** The position a reactor has settled everything up to, as stored. */
export async function reactorCheckpoint(
  store: ReadStore,
  reactor: string,
): Promise<Position | undefined> {
  await ensured(store);
  const doc = await store.get<CheckpointDoc>(REACTORS, reactor);
  return doc?.position == null ? undefined : BigInt(doc.position);
}

/**
 * Moves a reactor's checkpoint forward, never back: two instances may run the same reactor,
 * and on MongoDB the later write wins whatever it says, so the stored one is compared inside
 * the transaction (a concurrent save conflicts and is re-run).
 */
export async function saveReactorCheckpoint(
  store: ReadStore,
  reactor: string,
  position: Position,
): Promise<void> {
  await ensured(store);
  await store.transaction((tx) => moveReactorCheckpoint(tx, reactor, position));
}

/**
 * `saveReactorCheckpoint` inside a transaction the caller runs with its own writes; the
 * collection is ensured by `reactorCheckpoint`, read before any save.
 */
export async function moveReactorCheckpoint(
  tx: DocumentWriter,
  reactor: string,
  position: Position,
): Promise<void> {
  const stored = await tx.get<CheckpointDoc>(REACTORS, reactor);
  // Stryker disable next-line EqualityOperator: saving the position already stored changes nothing
  if (stored?.position != null && BigInt(stored.position) >= position) return;
  await tx.put(REACTORS, { _id: reactor, position: position.toString() });
}

/**
 * The reactor as a log consumer: its handled events of a page run (`concurrency` at a time),
 * then the checkpoint moves past the page: one save (one transaction) per page, not per event.
 * A reactor that works one event at a time, when an event fails or the processor stops, first
 * saves past the events of the page it settled, so only the event in hand is redone. Nothing
 * unsettled is ever checkpointed; a crash mid-page redoes the page (reactors are idempotent).
 */
export function reactorConsumer<T extends AnyEventType>(
  reactor: Reactor<T>,
  store: ReadStore,
): LogConsumer {
  const handled = new Set<string>(reactor.handles);
  const concurrency = reactor.concurrency ?? 1;
  const isHandled = (event: RecordedEvent): event is RecordedOfType<T> => handled.has(event.type);
  return {
    name: reactor.name,
    resume: () => reactorCheckpoint(store, reactor.name),
    async handle(page, signal) {
      const work = page.filter(isHandled);
      if (concurrency === 1) {
        let settled: RecordedEvent | undefined;
        // Past what is settled when the page cannot finish, so a failure or a stop redoes only
        // the event in hand; otherwise one save for the whole page.
        const keepSettled = async () => {
          if (settled) await saveReactorCheckpoint(store, reactor.name, settled.position);
        };
        for (const event of work) {
          try {
            await reactor.react(event, signal);
          } catch (error) {
            await keepSettled();
            throw error;
          }
          if (signal.aborted) {
            await keepSettled();
            // Stryker disable next-line StringLiteral: the processor tells only 'restart' from any other answer
            return 'next';
          }
          settled = event;
        }
      } else await inParallel(work, concurrency, (event) => reactor.react(event, signal));
      // Stryker disable next-line StringLiteral: the processor tells only 'restart' from any other answer
      if (signal.aborted) return 'next';
      const last = page.at(-1);
      // Stryker disable next-line ConditionalExpression: a page is never empty (followLogInPages yields only events)
      if (last) await saveReactorCheckpoint(store, reactor.name, last.position);
      // Stryker disable next-line StringLiteral: the processor tells only 'restart' from any other answer
      return 'next';
    },
  };
}
