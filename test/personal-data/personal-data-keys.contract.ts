import { randomUUID } from 'node:crypto';
import type { LearnerRef, PersonalDataKeys } from '../../src/personal-data/personal-data-keys';
import { learnerKeyId } from '../../src/personal-data/personal-data-keys';

/**
 * What every PersonalDataKeys adapter must do; `open` gives a fresh adapter over the same
 * storage (another connection, as another process would have). Each test uses learners of its
 * own, so the storage is shared by the whole suite.
 */
export function personalDataKeysContract(name: string, open: () => Promise<PersonalDataKeys>) {
  describe(`PersonalDataKeys contract: ${name}`, () => {
    const opened: PersonalDataKeys[] = [];
    const connect = async () => {
      const keys = await open();
      opened.push(keys);
      return keys;
    };
    afterAll(async () => {
      for (const keys of opened) await keys.close();
    });

    const learner = (tenant = 'acme'): LearnerRef => ({ tenant, learnerId: randomUUID() });

    it('has no key before the first use, and creates a 32-byte key on it', async () => {
      const keys = await connect();
      const zoe = learner();
      expect(await keys.find([zoe])).toEqual(new Map());

      const key = await keys.keyFor(zoe);

      expect(key).toBeInstanceOf(Buffer);
      expect(key!.length).toBe(32);
      expect(await keys.find([zoe])).toEqual(
        new Map([[learnerKeyId(zoe), { state: 'active', key }]]),
      );
    });

    it('gives the same key to concurrent callers, on other connections and after reopening', async () => {
      const [first, second] = [await connect(), await connect()];
      const zoe = learner();

      const keys = await Promise.all([
        first.keyFor(zoe),
        second.keyFor(zoe),
        first.keyFor(zoe),
        second.keyFor(zoe),
      ]);
      const reopened = await (await connect()).keyFor(zoe);

      for (const key of [...keys, reopened]) expect(key).toEqual(keys[0]);
    });

    it('gives every learner a key of their own', async () => {
      const keys = await connect();
      const created = await Promise.all(Array.from({ length: 20 }, () => keys.keyFor(learner())));
      expect(new Set(created.map((key) => key!.toString('hex'))).size).toBe(20);
    });

    it('finds several learners at once: active and erased ones, leaving out those with no key', async () => {
      const keys = await connect();
      const [active, erased, missing] = [learner(), learner(), learner()];
      const activeKey = await keys.keyFor(active);
      await keys.keyFor(erased);
      await keys.destroy(erased, '2026-03-01T10:00:00.000Z');

      const found = await (await connect()).find([active, erased, missing]);

      expect(found).toEqual(
        new Map([
          [learnerKeyId(active), { state: 'active', key: activeKey }],
          [learnerKeyId(erased), { state: 'erased', erasedAt: '2026-03-01T10:00:00.000Z' }],
        ]),
      );
      expect(await keys.find([])).toEqual(new Map());
    });

    it('destroys a key for good: no key afterwards, not on another connection, never a new one', async () => {
      const keys = await connect();
      const zoe = learner();
      const key = await keys.keyFor(zoe);

      await keys.destroy(zoe, '2026-03-01T10:00:00.000Z');

      expect(await keys.keyFor(zoe)).toBeNull();
      expect(await keys.keyFor(zoe)).toBeNull();
      const other = await connect();
      expect(await other.keyFor(zoe)).toBeNull();
      const [found] = (await other.find([zoe])).values();
      expect(found).toEqual({ state: 'erased', erasedAt: '2026-03-01T10:00:00.000Z' });
      expect(JSON.stringify(found)).not.toContain(key!.toString('base64'));
    });

    it('erases a learner who never had a key: none is created for them later', async () => {
      const keys = await connect();
      const never = learner();

      await keys.destroy(never, '2026-03-01T10:00:00.000Z');

      expect(await keys.keyFor(never)).toBeNull();
      expect(await keys.find([never])).toEqual(
        new Map([[learnerKeyId(never), { state: 'erased', erasedAt: '2026-03-01T10:00:00.000Z' }]]),
      );
    });

    it('keeps the first erasure time when a key is destroyed twice', async () => {
      const keys = await connect();
      const zoe = learner();
      await keys.keyFor(zoe);

      await keys.destroy(zoe, '2026-03-01T10:00:00.000Z');
      await (await connect()).destroy(zoe, '2026-04-02T11:00:00.000Z');

      expect((await keys.find([zoe])).get(learnerKeyId(zoe))).toEqual({
        state: 'erased',
        erasedAt: '2026-03-01T10:00:00.000Z',
      });
    });

    it('keeps tenants apart: the same learner id has a key per tenant, erased per tenant', async () => {
      const keys = await connect();
      const learnerId = randomUUID();
      const [acme, globex] = [
        { tenant: 'acme', learnerId },
        { tenant: 'globex', learnerId },
      ];
      const acmeKey = await keys.keyFor(acme);
      const globexKey = await keys.keyFor(globex);
      expect(globexKey).not.toEqual(acmeKey);

      await keys.destroy(acme, '2026-03-01T10:00:00.000Z');

      expect(await keys.keyFor(acme)).toBeNull();
      expect(await keys.keyFor(globex)).toEqual(globexKey);
      const found = await keys.find([acme, globex]);
      expect(found.get(learnerKeyId(acme))?.state).toBe('erased');
      expect(found.get(learnerKeyId(globex))).toEqual({ state: 'active', key: globexKey });
    });
  });
}
