import type { Doc, DocumentWriter, ReadStore } from '../../read-store/read-store';
import type { MailKind } from './mail-wording';

/** Where each mail's record is kept: beside the read models, never rebuilt. */
const LEARNER_MAILS = 'learnerMails';

/**
 * `sending` while an instance hands it to the server (a crash then leaves it so, and it is
 * sent again, with the same Message-ID), `sent`, `failed` when the server refused it for good,
 * `skipped` when there was no one to send it to (an erased learner, no address).
 */
export type MailStatus = 'sending' | 'sent' | 'failed' | 'skipped';

/** One mail, by the event it tells of: ids and status only, never the address or the body. */
export interface MailRecord extends Doc {
  readonly tenant: string;
  readonly certificateId: string;
  readonly kind: MailKind;
  readonly status: MailStatus;
  readonly at: string;
  /** The instance sending it (a random id of the process). */
  readonly by: string;
  /** The SMTP reply code of a refusal. */
  readonly smtpCode: number | null;
}

/** What a claim found: the mail is this instance's to send, already settled, or being sent. */
export type Claim = 'mine' | 'settled' | 'held';

/** One claim or save waiting for the next shared commit. */
interface Write {
  readonly work: (tx: DocumentWriter) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The records of the mails sent (or not) to learners, one per event, keyed by the event id.
 * The claims and saves asked for in one turn of the event loop (the reactor's lanes, each
 * waiting on its own mail) share one transaction: each still returns only once it is
 * committed, so a mail is claimed before it goes out and settled before its lane goes on, as
 * with a commit each, at a fraction of the commits.
 */
export class MailRecords {
  private ready: Promise<void> | undefined;
  private waiting: Write[] = [];

  constructor(
    private readonly store: ReadStore,
    /** How long another instance's `sending` holds the mail before it counts as crashed. */
    private readonly leaseMs: number,
  ) {}

  private ensured(): Promise<void> {
    return (this.ready ??= this.store.ensureCollection({ name: LEARNER_MAILS, indexes: [] }));
  }

  /**
   * Marks the mail `sending` by `record.by` unless it is settled, or another instance marked
   * it less than a lease ago (two instances never send it at once); compared and written in
   * one transaction.
   */
  claim(record: MailRecord): Promise<Claim> {
    return this.committed(async (tx) => {
      const found = await tx.get<MailRecord>(LEARNER_MAILS, record._id);
      if (found && found.status !== 'sending') return 'settled';
      const held = Date.parse(record.at) - Date.parse(found?.at ?? '') < this.leaseMs;
      if (found && found.by !== record.by && held) return 'held';
      await tx.put(LEARNER_MAILS, record);
      return 'mine';
    });
  }

  save(record: MailRecord): Promise<void> {
    return this.committed((tx) => tx.put(LEARNER_MAILS, record));
  }

  /** `work`'s answer once committed, in the transaction of this turn's writes. */
  private committed<R>(work: (tx: DocumentWriter) => Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const write = { work, resolve: resolve as (value: unknown) => void, reject };
      // setImmediate: the lanes answered in this turn join before the commit.
      if (this.waiting.push(write) === 1) setImmediate(() => void this.commit());
    });
  }

  /**
   * Runs the waiting writes in one transaction, one after the other. Should it fail, all of them
   * fail (none is committed), and each lane's mail is redone from the reactor's checkpoint.
   */
  private async commit(): Promise<void> {
    const writes = this.waiting;
    this.waiting = [];
    try {
      await this.ensured();
      const answers = await this.store.transaction(async (tx) => {
        const each: unknown[] = [];
        for (const write of writes) each.push(await write.work(tx));
        return each;
      });
      writes.forEach((write, i) => write.resolve(answers[i]));
    } catch (error) {
      for (const write of writes) write.reject(error);
    }
  }
}
