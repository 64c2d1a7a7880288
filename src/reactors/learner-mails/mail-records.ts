import type { Doc, ReadStore } from '../../read-store/read-store';
import type { MailKind } from './mail-wording';

/** Where each mail's record is kept: beside the read models, never rebuilt. */
const LEARNER_MAILS = 'learnerMails';

/**
 * `sending` until the server took it (a crash then sends it again, with the same Message-ID),
 * `sent`, `failed` when the server refused it for good, `skipped` when there was no one to
 * send it to (an erased learner, no address).
 */
export type MailStatus = 'sending' | 'sent' | 'failed' | 'skipped';

/** One mail, by the event it tells of: ids and status only, never the address or the body. */
export interface MailRecord extends Doc {
  readonly tenant: string;
  readonly certificateId: string;
  readonly kind: MailKind;
  readonly status: MailStatus;
  readonly at: string;
  /** The SMTP reply code of a refusal. */
  readonly smtpCode?: number | null;
}

/** The records of the mails sent (or not) to learners, one per event, keyed by the event id. */
export class MailRecords {
  private ready: Promise<void> | undefined;

  constructor(private readonly store: ReadStore) {}

  private ensured(): Promise<void> {
    return (this.ready ??= this.store.ensureCollection({ name: LEARNER_MAILS, indexes: [] }));
  }

  async find(eventId: string): Promise<MailRecord | null> {
    await this.ensured();
    return this.store.get<MailRecord>(LEARNER_MAILS, eventId);
  }

  async save(record: MailRecord): Promise<void> {
    await this.ensured();
    await this.store.transaction((tx) => tx.put(LEARNER_MAILS, record));
  }
}
