import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { RenderLeases } from '../../src/reactors/certificate-generation/render-leases';

const HOLD = 15_000;
const T0 = Date.parse('2026-12-07T10:00:00.000Z');

/**
 * Two processes' leases on one store (one connection: node:sqlite blocks the event loop while a
 * second connection of the same process waits for the write lock the first holds across awaits).
 */
function twoProcesses() {
  const file = join(mkdtempSync(join(tmpdir(), 'render-leases-')), 'read-models.sqlite');
  const store = new SqliteReadStore(file);
  const [a, b] = ['process-a', 'process-b'].map((owner) => new RenderLeases(store, owner, HOLD));
  return { a: a!, b: b!, close: () => store.close() };
}

describe("A request's render lease, between two processes on one store", () => {
  it('is held by the one that took it: the other is refused until it lapses, then takes it over', async () => {
    const { a, b, close } = twoProcesses();
    try {
      expect(await a.take('c1', T0)).toBe(true);
      expect(await b.take('c1', T0 + 1)).toBe(false);
      // Renewed by its holder, it lasts a whole hold from the renewal.
      expect(await a.take('c1', T0 + HOLD - 1)).toBe(true);
      expect(await b.take('c1', T0 + HOLD + 1)).toBe(false);
      expect(await b.take('c1', T0 + 2 * HOLD - 2)).toBe(false);
      // Not renewed (its holder died), it lapses and the other takes it; the first is refused.
      expect(await b.take('c1', T0 + 2 * HOLD - 1)).toBe(true);
      expect(await a.take('c1', T0 + 2 * HOLD + 1)).toBe(false);
      // Another request's lease is apart.
      expect(await a.take('c2', T0 + 2 * HOLD + 1)).toBe(true);
    } finally {
      await close();
    }
  });

  it('is free at once when its holder releases it, and only its holder can', async () => {
    const { a, b, close } = twoProcesses();
    try {
      await a.take('c1', T0);
      await b.release('c1');
      expect(await b.take('c1', T0 + 1)).toBe(false);
      await a.release('c1');
      expect(await b.take('c1', T0 + 2)).toBe(true);
      // Releasing what one does not hold (any more) is harmless.
      await a.release('c1');
      await a.release('never-taken');
      expect(await a.take('c1', T0 + 3)).toBe(false);
    } finally {
      await close();
    }
  });

  it('goes to exactly one of two processes taking it at the same moment', async () => {
    const { a, b, close } = twoProcesses();
    try {
      const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
      const won = await Promise.all(
        ids.map(async (id) => {
          const [byA, byB] = await Promise.all([a.take(id, T0), b.take(id, T0)]);
          return Number(byA) + Number(byB);
        }),
      );
      expect(won).toEqual(ids.map(() => 1));
    } finally {
      await close();
    }
  });
});
