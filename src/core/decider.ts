/** An event as the domain sees it: a stable type name and its data, without metadata. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/** An aggregate as pure functions (Emmett's decider): no I/O, time and facts come in the command. */
export interface Decider<State, Command, Event extends DomainEvent> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State) => readonly Event[];
  /**
   * Its state holds a learner's name or e-mail: folded afresh for each command, never kept in
   * memory between them, so an erasure run by another instance leaves no copy behind here.
   */
  readonly holdsPersonalData?: true;
}

export function fold<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}
