import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
