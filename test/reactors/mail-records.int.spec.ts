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

  it('answer the claims and saves asked at once each as its own, from one commit', async () => {
    const other = (id: string, by: string, status: MailRecord['status'], afterMs = 0) => ({
      ...record(by, status, afterMs),
      _id: id,
    });
    expect(await a.claim(other('event-2', 'a', 'sending'))).toBe('mine');
    const commits = jest.spyOn(store, 'transaction');
    const answers = await Promise.all([
      a.claim(other('event-1', 'a', 'sending')),
      a.save(other('event-2', 'a', 'sent', 1_000)),
      b.claim(other('event-3', 'b', 'sending')),
    ]);
    expect(answers).toEqual(['mine', undefined, 'mine']);
    // One commit for each instance's writes of this turn.
    expect(commits).toHaveBeenCalledTimes(2);
    expect(
      await Promise.all([
        b.claim(other('event-1', 'b', 'sending', 1_000)),
        b.claim(other('event-2', 'b', 'sending', 1_000)),
        b.claim(other('event-3', 'b', 'sending', 1_000)),
      ]),
    ).toEqual(['held', 'settled', 'mine']);
  });

  it('hand a mail left sending by a crashed instance to another once the lease ran out', async () => {
    expect(await a.claim(record('a', 'sending'))).toBe('mine');
    expect(await b.claim(record('b', 'sending', LEASE_MS - 1))).toBe('held');
    expect(await b.claim(record('b', 'sending', LEASE_MS))).toBe('mine');
    expect(await a.claim(record('a', 'sending', LEASE_MS + 1))).toBe('held');
  });
});
