import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MailRecord, MailRecords } from '../../src/reactors/learner-mails/mail-records';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';

const LEASE_MS = 90_000;
const T0 = Date.parse('2026-12-07T09:00:00.000Z');

/** The record of the mail told by `event-1`, as instance `by` writes it `afterMs` after T0. */
const record = (by: string, status: MailRecord['status'], afterMs = 0): MailRecord => ({
  ...{ _id: 'event-1', tenant: 'acme', certificateId: 'c-1', kind: 'ready', status },
  ...{ at: new Date(T0 + afterMs).toISOString(), by, smtpCode: null },
});

/** Two instances' claims on one mail, on the embedded read store. */
describe('Mail records', () => {
  let store: SqliteReadStore;
  let a: MailRecords;
  let b: MailRecords;
  beforeEach(() => {
    store = new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'mail-records-')), 'read.sqlite'));
    a = new MailRecords(store, LEASE_MS);
    b = new MailRecords(store, LEASE_MS);
  });
  afterEach(() => store.close());

  it('let one instance send a mail at a time, and no one send a settled mail again', async () => {
    expect(await a.claim(record('a', 'sending'))).toBe('mine');
    expect(await b.claim(record('b', 'sending', 1_000))).toBe('held');
    // The same instance again (after a transient failure): still its own.
    expect(await a.claim(record('a', 'sending', 2_000))).toBe('mine');
    await a.save(record('a', 'sent', 3_000));
    expect(await b.claim(record('b', 'sending', 4_000))).toBe('settled');
    expect(await a.claim(record('a', 'sending', 5_000))).toBe('settled');
  });

  it('hand a mail left sending by a crashed instance to another once the lease ran out', async () => {
    expect(await a.claim(record('a', 'sending'))).toBe('mine');
    expect(await b.claim(record('b', 'sending', LEASE_MS - 1))).toBe('held');
    expect(await b.claim(record('b', 'sending', LEASE_MS))).toBe('mine');
    expect(await a.claim(record('a', 'sending', LEASE_MS + 1))).toBe('held');
  });
});
