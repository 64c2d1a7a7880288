import { type Decider, type DomainEvent, fold } from '../../src/core/decider';
import { DomainError, type DomainErrorCode } from '../../src/core/domain-error';

/** Freezes the history so a decider that mutates a past event fails loudly. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Given past events, when a command is decided, then these events (or nothing, or a refusal). */
export const DeciderSpecification = {
  for<State, Command, Event extends DomainEvent>(decider: Decider<State, Command, Event>) {
    return {
      given: (events: readonly Event[]) => ({
        when: (command: Command) => {
          const decide = () => decider.decide(command, fold(decider, deepFreeze(events)));
          return {
            then: (expected: readonly Event[]): void => {
              expect(decide()).toEqual(expected);
            },
            thenNothingHappens: (): void => {
              expect(decide()).toEqual([]);
            },
            thenThrows: (code: DomainErrorCode): void => {
              let produced: readonly Event[] | undefined;
              let thrown: unknown;
              try {
                produced = decide();
              } catch (error) {
                thrown = error;
              }
              expect(produced).toBeUndefined();
              expect(thrown).toBeInstanceOf(DomainError);
              expect(thrown).toHaveProperty('code', code);
              // The message is the problem's `detail`: a refusal always says why.
              expect((thrown as DomainError).message).not.toBe('');
              // …and a refusal for being outside the actor's groups names what is outside them.
              if (code === 'forbidden')
                expect((thrown as DomainError).message).toMatch(/^\S.* is outside your groups$/);
            },
          };
        },
      }),
    };
  },
};
