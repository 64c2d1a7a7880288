import type { Doc, ReadStore } from '../../read-store/read-store';
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

/** The records of the mails sent (or not) to learners, one per event, keyed by the event id. */
export class MailRecords {
  private ready: Promise<void> | undefined;

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
  async claim(record: MailRecord): Promise<Claim> {
    await this.ensured();
    return this.store.transaction(async (tx) => {
      const found = await tx.get<MailRecord>(LEARNER_MAILS, record._id);
      if (found && found.status !== 'sending') return 'settled';
      const held = Date.parse(record.at) - Date.parse(found?.at ?? '') < this.leaseMs;
      if (found && found.by !== record.by && held) return 'held';
      await tx.put(LEARNER_MAILS, record);
      return 'mine';
    });
  }

  async save(record: MailRecord): Promise<void> {
    await this.ensured();
    await this.store.transaction((tx) => tx.put(LEARNER_MAILS, record));
  }
}
