import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPersonalDataKeys } from '../../src/personal-data/open-personal-data-keys';
import { SqlitePersonalDataKeys } from '../../src/personal-data/sqlite-personal-data-keys';

describe('Where the learners’ keys are kept', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'keys-home-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is a SQLite file of their own in DATA_DIR with the SQLite read store, even when MongoDB is set for files', async () => {
    const keys = await openPersonalDataKeys({
      READ_STORE: 'sqlite',
      // Not a URL the driver accepts: connecting to it would fail at once.
      MONGODB_URL: 'mongodb://localhost:99999/none',
      DATA_DIR: dataDir,
    });
    try {
      expect(keys).toBeInstanceOf(SqlitePersonalDataKeys);
      await keys.keyFor({ tenant: 'acme', learnerId: 'zoe' });
      expect(statSync(join(dataDir, 'personal-data-keys.sqlite')).mode & 0o777).toBe(0o600);
    } finally {
      await keys.close();
    }
  });

  it('is MongoDB beside the read models when they are there', async () => {
    const opening = openPersonalDataKeys({
      READ_STORE: 'mongodb',
      MONGODB_URL: 'mongodb://localhost:99999/none',
      DATA_DIR: dataDir,
    });
    await expect(opening).rejects.toThrow('Unable to parse localhost:99999');
    expect(existsSync(join(dataDir, 'personal-data-keys.sqlite'))).toBe(false);
  });
});
