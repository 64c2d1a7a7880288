import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReactorCheckpoints } from '../../src/reactors/reactor-checkpoints';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import type { ReadStore } from '../../src/read-store/read-store';

describe('ReactorCheckpoints', () => {
  let store: ReadStore;
  let checkpoints: ReactorCheckpoints;
  beforeEach(() => {
    store = new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'checkpoints-')), 'read.sqlite'));
    checkpoints = new ReactorCheckpoints(store);
  });
  afterEach(() => store.close());

  it('starts with no checkpoint', async () => {
    expect(await checkpoints.load('r')).toBeUndefined();
  });

  it('moves forward and never back', async () => {
    await checkpoints.save('r', 10n);
    await checkpoints.save('r', 4n);
    await checkpoints.save('r', undefined);
    expect(await checkpoints.load('r')).toBe(10n);
    await checkpoints.save('r', 11n);
    expect(await checkpoints.load('r')).toBe(11n);
  });

  it('keeps the furthest of saves racing in any order', async () => {
    const positions = [7n, 3n, 12n, 5n, 9n, 1n];
    await Promise.all(positions.map((position) => checkpoints.save('r', position)));
    expect(await checkpoints.load('r')).toBe(12n);
  });

  it('keeps each reactor apart', async () => {
    await checkpoints.save('a', 5n);
    await checkpoints.save('b', 2n);
    expect([await checkpoints.load('a'), await checkpoints.load('b')]).toEqual([5n, 2n]);
  });
});
