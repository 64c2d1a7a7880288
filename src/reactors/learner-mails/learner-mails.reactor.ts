import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, type Clock } from '../../core/clock';
import { CONFIG, type Config } from '../../config/config';
import type { RecordedOfType } from '../../event-store/event-store';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { ProjectionsService } from '../../projections/projections.service';
import {
  mailsFollow,
  NOTIFICATION_SETTINGS,
  type NotificationSettingsDoc,
  notificationSettingsProjection,
} from '../../read/notifications/notification-settings.projection';
import { publicCertificatesProjection } from '../../read/public-certificates/public-certificates.projection';
import { ReadModels } from '../../read/read-models';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { WriteModel } from '../../write/command-handling/write-model';
import type { EmailSettings } from '../../write/notifications/domain/notification-settings';
import type { Reactor } from '../reactor';
import { learnerMail } from './learner-mail';
import { type MailRecord, MailRecords, type MailStatus } from './mail-records';
import {
  MailNotSent,
  type MailSender,
  refusedForGood,
  smtpCode,
  smtpSender,
} from './mail-transport';
import type { MailKind } from './mail-wording';

export const LEARNER_MAILS = 'learner-mails';

/** Longer than a send can take (the transport's timeouts): then a `sending` mail was lost in a crash. */
const SENDING_LEASE_MS = 90_000;

/**
 * Mails sent at once, each over a connection of the pool: a mail mostly waits on the server.
 * Log order between two mails of one page is not kept (mail has no order to keep); the records
 * keep a page redone after a failure from sending again what was sent.
 */
export const MAIL_CONCURRENCY = 4;

const HANDLED = [
  'CertificateGenerated',
  'CertificateExpiring',
  'CertificateExpired',
  'CertificateRevoked',
] as const;
type Handled = (typeof HANDLED)[number];
type Told = RecordedOfType<Handled>;

/** Which mail each event is, and the tenant's choice that turns it on. */
const KINDS: Record<Handled, { kind: MailKind; choice: keyof EmailSettings }> = {
  CertificateGenerated: { kind: 'ready', choice: 'certificateReady' },
  CertificateExpiring: { kind: 'expiring', choice: 'reminders' },
  CertificateExpired: { kind: 'expired', choice: 'expired' },
  CertificateRevoked: { kind: 'revoked', choice: 'revoked' },
};

/**
 * E-mails learners what happened to their certificates (SPEC §1 "Notifications"): ready (the
 * PDF attached if the tenant wants), each reminder, expired, revoked. Only with SMTP_URL, only
 * for a tenant whose e-mail and that kind are on, and only for events after e-mail was turned
 * on. Each mail has a record (ids and status), claimed as `sending` before the mail goes out
 * and settled after, so a settled mail is never sent again, two instances never send one at
 * once, and a crash between the server's answer and the record sends it once more (once the
 * claim's lease ran out), with the same Message-ID. A transient failure is thrown, retried from
 * the checkpoint with the processor's backoff; a refusal for good is recorded as failed and the
 * reactor goes on.
 */
@Injectable()
export class LearnerMailsReactor implements Reactor<Handled>, OnApplicationShutdown {
  readonly name = LEARNER_MAILS;
  readonly handles = HANDLED;
  readonly concurrency = MAIL_CONCURRENCY;
  private readonly sender: MailSender | null;
  private readonly records: MailRecords;
  private readonly logger = new Logger(LEARNER_MAILS);
  /** This process, as the mail records name the instance sending. */
  private readonly instance = randomUUID();

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(READ_STORE) store: ReadStore,
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ProjectionsService) private readonly projections: ProjectionsService,
  ) {
    this.records = new MailRecords(store, SENDING_LEASE_MS);
    this.sender =
      config.SMTP_URL === undefined ? null : smtpSender(config.SMTP_URL, MAIL_CONCURRENCY);
  }

  async react(event: Told, signal: AbortSignal): Promise<void> {
    if (!this.sender) return;
    const names = [notificationSettingsProjection.name, publicCertificatesProjection.name];
    if (!(await this.projections.waitFor(names, event.position, { signal }))) return;
    const tenant = event.metadata.tenant;
    const settings = await this.reads.get<NotificationSettingsDoc>(
      notificationSettingsProjection.name,
      NOTIFICATION_SETTINGS,
      tenant,
    );
    const { kind, choice } = KINDS[event.type];
    if (!settings || !mailsFollow(settings, event.position) || settings.email[choice] !== true)
      return;
    const { certificateId, learnerId } = event.data;
    const now = this.clock.now();
    const record = (status: MailStatus, code: number | null = null): MailRecord => ({
      ...{ _id: event.eventId, tenant, certificateId, kind, status },
      ...{ at: this.clock.now().toISOString(), by: this.instance, smtpCode: code },
    });
    const claim = await this.records.claim(record('sending'));
    if (claim === 'settled') return;
    // Another instance is sending it now: look again after the processor's backoff.
    if (claim === 'held') throw new Error(`mail ${event.eventId} is being sent elsewhere`);
    const parts = {
      ...{ reads: this.reads, write: this.write, files: this.files, now },
      ...{ publicUrl: this.config.PUBLIC_URL, from: this.config.MAIL_FROM },
    };
    const { attachPdf, replyTo } = settings.email;
    const subject = { eventId: event.eventId, tenant, certificateId, learnerId, kind };
    const mail = await learnerMail(parts, { ...subject, attachPdf, replyTo });
    if (!mail) return this.records.save(record('skipped'));
    try {
      await this.sender.send(mail);
    } catch (error) {
      if (!refusedForGood(error)) throw new MailNotSent(error);
      this.logger.warn({ eventId: event.eventId, certificateId, kind, smtpCode: smtpCode(error) });
      return this.records.save(record('failed', smtpCode(error)));
    }
    await this.records.save(record('sent'));
  }

  onApplicationShutdown(): void {
    this.sender?.close();
  }
}
