import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '../../src/event-store/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { FoldedStreams } from '../../src/write/command-handling/folded-streams';
import { learnerProfile } from '../../src/write/learners/domain/learner-profile';
import { sampleEvent } from '../support/sample-events';
import { streamReadsNoted } from '../support/stream-reads-noted';

/** A fold that keeps every event it saw, so a lost or repeated event shows. */
const seen = {
  initialState: (): { readonly ids: readonly string[] } => ({ ids: ['start'] }),
  evolve: (state: { readonly ids: readonly string[] }, event: { data: object }) => ({
    ids: [...state.ids, (event.data as { n: string }).n],
  }),
};

let store: EventStore;
let afters: (bigint | undefined)[];
/** The real store, noting the revision each stream read started after. */
let counted: EventStore;
beforeEach(() => {
  store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'folded-')), 'e.sqlite'), 10);
  afters = [];
  counted = streamReadsNoted(store, afters);
});
afterEach(() => store.close());

const append = async (stream: string, ...ns: string[]) => {
  const head = (await store.readStream(stream)).at(-1)?.revision ?? 'no-stream';
  return store.append(
    stream,
    ns.map((n) => sampleEvent('Counted', { n })),
    head,
  );
};

describe('Folded streams', () => {
  it('folds the events appended since onto the state it kept, from the initial state once', async () => {
    const folds = new FoldedStreams(counted);
    expect(await folds.read('s', seen)).toBeNull();
    await append('s', 'a', 'b');
    expect((await folds.read('s', seen))?.state.ids).toEqual(['start', 'a', 'b']);
    const last = await append('s', 'c');
    const folded = await folds.read('s', seen);
    expect(folded).toEqual({ state: { ids: ['start', 'a', 'b', 'c'] }, ...last });
    expect(await folds.read('s', seen)).toBe(folded);
    expect(afters).toEqual([undefined, undefined, 1n, 2n]);
  });

  it('keeps no state that holds personal data: such a stream is folded afresh each time', async () => {
    const folds = new FoldedStreams(counted);
    const profiles = { ...seen, holdsPersonalData: true as const };
    await append('learner', 'Ana');
    expect((await folds.read('learner', profiles))?.state.ids).toEqual(['start', 'Ana']);
    await append('learner', 'Bo');
    expect((await folds.read('learner', profiles))?.state.ids).toEqual(['start', 'Ana', 'Bo']);
    expect(afters).toEqual([undefined, undefined]);
  });

  it("keeps no learner's profile: it holds the name and e-mail", async () => {
    const folds = new FoldedStreams(counted);
    const profile = (name: string) =>
      sampleEvent('LearnerProfileRecorded', { learnerId: 'ana', name, email: 'ana@example.com' });
    await store.append('learner-acme:ana', [profile('Ana')], 'no-stream');
    await folds.read('learner-acme:ana', learnerProfile);
    await store.append('learner-acme:ana', [profile('Ana B.')], 0n);
    expect((await folds.read('learner-acme:ana', learnerProfile))?.state.name).toBe('Ana B.');
    expect(afters).toEqual([undefined, undefined]);
  });

  it('keeps the most recently used streams, up to its capacity', async () => {
    const folds = new FoldedStreams(counted, 2);
    for (const stream of ['x', 'y', 'z']) await append(stream, stream);
    await folds.read('x', seen);
    await folds.read('y', seen);
    await folds.read('x', seen); // x is now more recent than y
    await folds.read('z', seen); // a third stream: y, the least recent, goes
    afters.length = 0;
    await folds.read('x', seen);
    await folds.read('z', seen);
    await folds.read('y', seen);
    expect(afters).toEqual([0n, 0n, undefined]);
  });
});
