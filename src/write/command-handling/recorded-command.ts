import { type Decider, type DomainEvent, fold } from '../../core/decider';
import { refuse } from '../../core/domain-error';
import type { RecordedEvent } from '../../event-store/event-store';
import type { CommandContext } from '../../core/command-context';

export interface CommandOutcome<State, Event> {
  /** The stream's state once the command is applied. */
  readonly state: State;
  /** What this command appended; also what an earlier run appended when replaying a retry. */
  readonly events: readonly Event[];
  /** Position of the command's last event, or of the stream's last event when nothing changed. */
  readonly position: bigint;
}

/** A request sent again with the same Idempotency-Key gets the first answer back. */
export function replayOfEarlierRun<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  recorded: readonly RecordedEvent<Event>[],
  context: CommandContext,
): CommandOutcome<State, Event> | null {
  // Stryker disable next-line ConditionalExpression: without a key the command id is random, so no earlier event has it
  if (context.idempotencyKey === undefined) return null;
  const last = recorded.findLastIndex((e) => e.metadata.commandId === context.commandId);
  if (last < 0) return null;
  const upToIt = recorded.slice(0, last + 1);
  const ofCommand = upToIt.filter((e) => e.metadata.commandId === context.commandId);
  // A body that held personal data has its hash sealed with it: after an erasure the hash is
  // gone, and the key alone recognises the retry.
  const hashes = ofCommand.flatMap((e) => e.metadata.requestHash ?? []);
  if (hashes.some((hash) => hash !== context.requestHash))
    refuse('idempotency-key-reused', 'This Idempotency-Key was used for a different request');
  return {
    state: fold(decider, upToIt),
    events: ofCommand,
    position: upToIt[last]!.position,
  };
}
