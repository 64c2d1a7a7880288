import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SqlitePersonalDataKeys } from '../../src/personal-data/sqlite-personal-data-keys';
import { filesHolding } from '../support/files-holding';
import { personalDataKeysContract } from './personal-data-keys.contract';

describe('SqlitePersonalDataKeys (embedded)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'personal-data-keys-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  personalDataKeysContract('SQLite', () =>
    Promise.resolve(new SqlitePersonalDataKeys(join(directory, 'contract', 'keys.sqlite'))),
  );

  it('keeps its files (WAL included) readable by their owner only', async () => {
    const folder = join(directory, 'modes');
    const keys = new SqlitePersonalDataKeys(join(folder, 'keys.sqlite'));
    await keys.keyFor({ tenant: 'acme', learnerId: 'zoe' });

    const files = readdirSync(folder);
    expect(files).toEqual(expect.arrayContaining(['keys.sqlite', 'keys.sqlite-wal']));
    for (const file of files) expect(statSync(join(folder, file)).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    await keys.close();
  });

  it('makes a key file that was readable by others, and its folders, its owner’s only', async () => {
    const folder = join(directory, 'loose', 'nested');
    const keys = new SqlitePersonalDataKeys(join(folder, 'keys.sqlite'));
    await keys.close();
    expect(statSync(join(directory, 'loose')).mode & 0o777).toBe(0o700);
    // A file left with looser modes (copied in, or made by an older version) is tightened.
    const copied = join(directory, 'copied');
    mkdirSync(copied, { mode: 0o755 });
    writeFileSync(join(copied, 'keys.sqlite'), '', { mode: 0o644 });
    const reopened = new SqlitePersonalDataKeys(join(copied, 'keys.sqlite'));
    await reopened.keyFor({ tenant: 'acme', learnerId: 'zoe' });
    expect(statSync(join(copied, 'keys.sqlite')).mode & 0o777).toBe(0o600);
    expect(statSync(join(copied, 'keys.sqlite-wal')).mode & 0o777).toBe(0o600);
    await reopened.close();
  });

  it('creates the keys asked for together in one commit, each handed out once committed', async () => {
    const file = join(directory, 'together', 'keys.sqlite');
    const keys = new SqlitePersonalDataKeys(file);
    const other = new DatabaseSync(file, { readOnly: true });
    const stored = (): number =>
      Number((other.prepare('SELECT count(*) AS n FROM learner_keys').get() as { n: number }).n);
    const learners = Array.from({ length: 20 }, (_, i) => ({ tenant: 'acme', learnerId: `l${i}` }));

    const asked = learners.map((learner) => keys.keyFor(learner));
    expect(stored()).toBe(0);
    const created = await Promise.all(asked);
    expect(stored()).toBe(20);
    expect(new Set(created.map((key) => key?.toString('hex'))).size).toBe(20);
    // Asked for again in one turn with a newcomer: the known keys come back as they are.
    const again = await Promise.all(
      [...learners, { tenant: 'acme', learnerId: 'new' }].map((l) => keys.keyFor(l)),
    );
    expect(again.slice(0, 20)).toEqual(created);
    expect(stored()).toBe(21);
    other.close();
    await keys.close();
  });

  it('writes the keys still asked for when it closes', async () => {
    const file = join(directory, 'closing', 'keys.sqlite');
    const keys = new SqlitePersonalDataKeys(file);
    const asked = keys.keyFor({ tenant: 'acme', learnerId: 'zoe' });
    await keys.close();
    const key = await asked;
    expect(key).toHaveLength(32);
    const reopened = new SqlitePersonalDataKeys(file);
    expect(await reopened.keyFor({ tenant: 'acme', learnerId: 'zoe' })).toEqual(key);
    await reopened.close();
  });

  it('writes a batch still asked for when it closes, as its thread stops', async () => {
    const file = join(directory, 'closing-batch', 'keys.sqlite');
    const keys = new SqlitePersonalDataKeys(file);
    const learners = Array.from({ length: 10 }, (_, i) => ({ tenant: 'acme', learnerId: `l${i}` }));
    const asked = learners.map((learner) => keys.keyFor(learner));
    // Closed twice at once (two owners shutting down): both wait for the batch.
    await Promise.all([keys.close(), keys.close()]);
    const created = await Promise.all(asked);
    const reopened = new SqlitePersonalDataKeys(file);
    expect(await reopened.find(learners)).toEqual(
      new Map(
        learners.map((l, i) => [`acme/${l.learnerId}`, { state: 'active', key: created[i] }]),
      ),
    );
    await reopened.close();
  });

  it('creates no key in a batch for a learner erased meanwhile, and keys for the others', async () => {
    const keys = new SqlitePersonalDataKeys(join(directory, 'batch-tombstone', 'keys.sqlite'));
    const erased = { tenant: 'acme', learnerId: 'erased' };
    await keys.destroy(erased, '2026-03-01T10:00:00.000Z');
    // The tombstone is another connection's row: the thread reads it back instead of inserting.
    const [first, none, again] = await Promise.all([
      keys.keyFor({ tenant: 'acme', learnerId: 'first' }),
      keys.keyFor(erased),
      keys.keyFor({ tenant: 'acme', learnerId: 'first' }),
    ]);
    expect(none).toBeNull();
    expect(first).toHaveLength(32);
    expect(again).toEqual(first);
    await keys.close();
  });

  it('shreds a key its thread created in a batch, in files its owner only can read', async () => {
    const folder = join(directory, 'batch-shredded');
    const keys = new SqlitePersonalDataKeys(join(folder, 'keys.sqlite'));
    const learners = Array.from({ length: 30 }, (_, i) => ({ tenant: 'acme', learnerId: `b${i}` }));
    const created = await Promise.all(learners.map((learner) => keys.keyFor(learner)));
    for (const file of readdirSync(folder))
      expect(statSync(join(folder, file)).mode & 0o777).toBe(0o600);
    expect(filesHolding(folder, created[7]!)).not.toEqual([]);

    await keys.destroy(learners[7]!, '2026-03-01T10:00:00.000Z');

    expect(filesHolding(folder, created[7]!)).toEqual([]);
    expect(filesHolding(folder, created[8]!)).not.toEqual([]);
    await keys.close();
    expect(filesHolding(folder, created[7]!)).toEqual([]);
  });

  it('keeps keys in memory only when asked for ":memory:", and no file', async () => {
    const keys = new SqlitePersonalDataKeys(':memory:');
    const key = await keys.keyFor({ tenant: 'acme', learnerId: 'zoe' });
    expect(await keys.keyFor({ tenant: 'acme', learnerId: 'zoe' })).toEqual(key);
    await keys.close();
    await keys.close();
    expect(existsSync(':memory:')).toBe(false);
  });

  it('truncates its WAL to nothing when it destroys a key', async () => {
    const folder = join(directory, 'truncated');
    const keys = new SqlitePersonalDataKeys(join(folder, 'keys.sqlite'));
    for (let i = 0; i < 5; i++) await keys.keyFor({ tenant: 'acme', learnerId: `l-${i}` });
    expect(statSync(join(folder, 'keys.sqlite-wal')).size).toBeGreaterThan(0);

    await keys.destroy({ tenant: 'acme', learnerId: 'l-2' }, '2026-03-01T10:00:00.000Z');

    expect(statSync(join(folder, 'keys.sqlite-wal')).size).toBe(0);
    await keys.close();
  });

  it('leaves no byte of a destroyed key in any file of its directory', async () => {
    const folder = join(directory, 'shredded');
    const keys = new SqlitePersonalDataKeys(join(folder, 'keys.sqlite'));
    // Neighbours on the same page, so the destroyed key is not alone in it.
    for (let i = 0; i < 50; i++) await keys.keyFor({ tenant: 'acme', learnerId: `before-${i}` });
    const zoe = { tenant: 'acme', learnerId: 'zoe' };
    const key = (await keys.keyFor(zoe))!;
    for (let i = 0; i < 50; i++) await keys.keyFor({ tenant: 'acme', learnerId: `after-${i}` });
    expect(filesHolding(folder, key)).not.toEqual([]);

    await keys.destroy(zoe, '2026-03-01T10:00:00.000Z');

    expect(filesHolding(folder, key)).toEqual([]);
    await keys.close();
    expect(filesHolding(folder, key)).toEqual([]);
    // The scan can fail: a neighbour's key is still found where it is.
    const reopened = new SqlitePersonalDataKeys(join(folder, 'keys.sqlite'));
    const kept = (await reopened.keyFor({ tenant: 'acme', learnerId: 'after-3' }))!;
    await reopened.close();
    expect(filesHolding(folder, kept)).not.toEqual([]);
  });
});
