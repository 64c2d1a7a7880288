import { mkdtempSync, rmSync, statSync } from 'node:fs';
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

  it('keeps the file readable by its owner only', async () => {
    const file = join(directory, 'modes', 'keys.sqlite');
    const keys = new SqlitePersonalDataKeys(file);
    await keys.keyFor({ tenant: 'acme', learnerId: 'zoe' });
    await keys.close();

    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(directory, 'modes')).mode & 0o777).toBe(0o700);
  });

  it('leaves no byte of a destroyed key in any file of its directory', async () => {
    const folder = join(directory, 'shredded');
    const keys = new SqlitePersonalDataKeys(join(folder, 'keys.sqlite'));
    // Neighbours on the same page, so the destroyed key is not alone in it.
    for (let i = 0; i < 50; i++) await keys.keyFor({ tenant: 'acme', learnerId: `before-${i}` });
    const zoe = { tenant: 'acme', learnerId: 'zoe' };
    const key = (await keys.keyFor(zoe))!;
    for (let i = 0; i < 50; i++) await keys.keyFor({ tenant: 'acme', learnerId: `after-${i}` });
    expect(filesHolding(folder, key)).toEqual(['keys.sqlite']);

    await keys.destroy(zoe, '2026-03-01T10:00:00.000Z');

    expect(filesHolding(folder, key)).toEqual([]);
    await keys.close();
    expect(filesHolding(folder, key)).toEqual([]);
    // The scan can fail: a neighbour's key is still found where it is.
    const reopened = new SqlitePersonalDataKeys(join(folder, 'keys.sqlite'));
    const kept = (await reopened.keyFor({ tenant: 'acme', learnerId: 'after-3' }))!;
    await reopened.close();
    expect(filesHolding(folder, kept)).toEqual(['keys.sqlite']);
  });
});
