import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  PERSONAL_DATA_KEYS,
  type PersonalDataKeys,
} from '../../src/personal-data/personal-data-keys';
import { TestApp, token } from '../support/test-app';

const NAME = 'Ana Oldbackup-Restored';
const EMBEDDED = {
  EVENT_STORE: 'sqlite',
  READ_STORE: 'sqlite',
  FILE_STORE: 'disk',
  REACTORS: 'off',
};

/** What the service writes to stdout and stderr while `work` runs. */
async function output(work: () => Promise<void>): Promise<string> {
  let written = '';
  const capture = (chunk: unknown) => {
    written += String(chunk);
    return true;
  };
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    await work();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return written;
}

/**
 * SPEC §1 (backups): a key store restored from before an erasure holds the erased learner's key
 * again. At every start, before the first request, the service destroys every key of a learner
 * the log records as erased, and says so in one line with a count, never a name.
 */
describe('[R-backup-erasures-reapplied] At start, no learner erased in the log keeps a key', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'erased-at-start-'));
  let admin: string;

  beforeAll(async () => {
    admin = await token('acme', 'admin');
    const app = await TestApp.start(EMBEDDED, dataDir);
    for (const [learnerId, name] of [
      ['ana', NAME],
      ['bea', 'Bea Kept'],
    ] as const)
      await app.request('PUT', `/api/v1/learners/${learnerId}`, {
        token: admin,
        body: { name, email: `${learnerId}@example.com` },
      });
    expect((await app.request('DELETE', '/api/v1/learners/ana', { token: admin })).status).toBe(
      200,
    );
    await app.close();
    // Given: the key store as a backup taken before the erasure has it
    const keys = new DatabaseSync(join(dataDir, 'personal-data-keys.sqlite'));
    keys
      .prepare("UPDATE learner_keys SET key = ?, erased_at = NULL WHERE learner_id = 'ana'")
      .run(randomBytes(32));
    keys.close();
  });

  it('destroys the key before the first request, in one line without a name', async () => {
    let app: TestApp | undefined;
    const said = await output(async () => {
      app = await TestApp.start({ ...EMBEDDED, LOG_LEVEL: 'warn' }, dataDir);
    });
    try {
      const keys = app!.app.get<PersonalDataKeys>(PERSONAL_DATA_KEYS);
      const found = await keys.find([
        { tenant: 'acme', learnerId: 'ana' },
        { tenant: 'acme', learnerId: 'bea' },
      ]);
      expect(found.get('acme/ana')).toMatchObject({ state: 'erased' });
      expect(found.get('acme/bea')).toMatchObject({ state: 'active' });
      const lines = said.split('\n').filter((line) => line.includes('learners erased in the log'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('"destroyed":1');
      expect(said).not.toContain(NAME);
      const exported = await app!.request('GET', '/api/v1/learners/ana/personal-data', {
        token: admin,
      });
      expect(exported.body).toMatchObject({ learnerId: 'ana', erased: true });
    } finally {
      await app?.close();
    }
  });

  it('says nothing at the next start, when there was nothing to destroy', async () => {
    let app: TestApp | undefined;
    const said = await output(async () => {
      app = await TestApp.start({ ...EMBEDDED, LOG_LEVEL: 'warn' }, dataDir);
    });
    await app?.close();
    expect(said).not.toContain('learners erased in the log');
  });
});
