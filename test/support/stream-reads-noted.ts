import type { EventStore } from '../../src/event-store/event-store';

/**
 * The real store, noting in `afters` the revision each stream read started after (undefined
 * for a whole stream); every call goes through to it.
 */
export const streamReadsNoted = (inner: EventStore, afters: (bigint | undefined)[]): EventStore =>
  Object.assign(Object.create(inner) as EventStore, {
    readStream: ((name, options) => {
      afters.push(options?.after);
      return inner.readStream(name, options);
    }) satisfies EventStore['readStream'],
  });
