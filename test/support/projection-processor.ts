import type { EventLog, Position } from '../../src/event-store/event-store';
import { waitForPosition } from '../../src/processing/checkpoint-watch';
import { LogProcessor, type ProcessorLogger } from '../../src/processing/log-processor';
import { Projector } from '../../src/projections/engine/projector';
import type { Projection } from '../../src/projections/projection';
import type { ReadStore } from '../../src/read-store/read-store';

/** Projections run as the service runs them: one projector on a log processor. */
export function projectionProcessor(
  events: Pick<EventLog, 'subscribeAllPages'>,
  store: ReadStore,
  projections: readonly Projection[],
  logger: ProcessorLogger,
) {
  const projector = new Projector(store, projections);
  const processor = new LogProcessor(events, projector, logger);
  return {
    start: () => processor.start(),
    stop: () => processor.stop(),
    position: (name: string) => projector.position(name),
    /** Whether all the named projections reach `position` within `timeoutMs`. */
    waitFor: (names: readonly string[], position: Position, timeoutMs: number) =>
      waitForPosition(() => projector.lowest(names), position, { timeoutMs }),
  };
}
