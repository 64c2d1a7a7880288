import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import { type Decider, type DomainEvent, fold } from '../../core/decider';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store';
import type { CommandContext } from './command-context';
import { type CommandOutcome, handleCommand } from './handle-command';

/** The write side's access to the log for command handlers: run a command, or fold a stream. */
@Injectable()
export class WriteModel {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute<State, Command, Event extends DomainEvent>(
    stream: string,
    decider: Decider<State, Command, Event>,
    context: CommandContext,
    buildCommand: (now: Date) => Command | Promise<Command>,
  ): Promise<CommandOutcome<State, Event>> {
    return handleCommand(this.store, this.clock, stream, decider, context, buildCommand);
  }

  /** The current state of another aggregate, a fact a command needs; null if it has no events. */
  async state<State, Event extends DomainEvent>(
    stream: string,
    decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  ): Promise<State | null> {
    const events = await this.store.readStream(stream);
    if (events.length === 0) return null;
    return fold(decider, events as unknown as Event[]);
  }
}
