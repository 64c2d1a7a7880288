import { Inject, Injectable } from '@nestjs/common';
import { addDays } from '../../core/utc-day';
import { expiryNoticesDue } from '../../core/certificate-validity';
import type { RecordedOfType } from '../../event-store/event-store';
import { ProjectionsService } from '../../projections/projections.service';
import {
  NOTIFICATION_SETTINGS,
  type NotificationSettingsDoc,
  notificationSettingsProjection,
} from '../../read/notifications/notification-settings.projection';
import {
  PUBLIC_CERTIFICATES,
  type PublicCertificateDoc,
  publicCertificatesProjection,
} from '../../read/public-certificates/public-certificates.projection';
import { ReadModels } from '../../read/read-models';
import { WriteModel } from '../../write/command-handling/write-model';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../write/notifications/domain/notification-settings';
import { noticeCertificateExpiry } from '../../write/notices/application/notice-certificate-expiry.handler';
import { reactionContext } from '../reaction-context';
import type { Reactor } from '../reactor';

export const EXPIRY_NOTICES = 'expiry-notices';
const ACTOR = 'system:expiry-notices';

type Marker = RecordedOfType<'DailyCutoffPassed'>;

/**
 * At each daily cut-off marker, records `CertificateExpiring` for every certificate whose
 * reminder moment (validUntil minus one of its tenant's offsets) fell since the previous
 * marker, and `CertificateExpired` for every one whose validUntil did. Webhooks and mails react
 * to those events, so a service that was down catches up marker by marker, and a replay sends
 * the same messages. Each notice is recorded once per certificate (see `certificateNotices`).
 */
@Injectable()
export class ExpiryNoticesReactor implements Reactor<'DailyCutoffPassed'> {
  readonly name = EXPIRY_NOTICES;
  readonly handles = ['DailyCutoffPassed'] as const;

  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(ProjectionsService) private readonly projections: ProjectionsService,
  ) {}

  async react(marker: Marker, signal: AbortSignal): Promise<void> {
    const names = [publicCertificatesProjection.name, notificationSettingsProjection.name];
    if (!(await this.projections.waitFor(names, marker.position, { signal }))) return;
    const cutoff = new Date(marker.data.cutoff);
    const offsetsOf = await this.reminderDaysByTenant();
    // Every offset some tenant uses, and 0 for the expiry itself: one range scan each.
    const offsets = new Set([0, ...DEFAULT_NOTIFICATION_SETTINGS.reminderDays]);
    for (const days of offsetsOf.values()) days.forEach((day) => offsets.add(day));
    for (const offset of [...offsets].sort((a, b) => a - b)) {
      for await (const doc of this.validUntilWithin(cutoff, offset)) {
        if (signal.aborted) return;
        const reminderDays =
          offsetsOf.get(doc.tenant) ?? DEFAULT_NOTIFICATION_SETTINGS.reminderDays;
        const due = expiryNoticesDue(factsOf(doc), reminderDays, cutoff);
        const notice = offset === 0 ? null : offset;
        if (due.includes(notice)) await this.notice(marker, doc, notice);
      }
    }
  }

  /** Certificates whose validUntil lies in (previous cut-off + days, cut-off + days]. */
  private async *validUntilWithin(cutoff: Date, days: number): AsyncIterable<PublicCertificateDoc> {
    const from = addDays(cutoff, days - 1).toISOString();
    const to = addDays(cutoff, days).toISOString();
    const docs = this.reads.stream<PublicCertificateDoc>(
      publicCertificatesProjection.name,
      PUBLIC_CERTIFICATES,
      { orderBy: 'validUntil', after: from },
    );
    for await (const doc of docs) {
      if (doc.validUntil === null || doc.validUntil > to) return;
      yield doc;
    }
  }

  private async reminderDaysByTenant(): Promise<Map<string, readonly number[]>> {
    const docs = this.reads.stream<NotificationSettingsDoc>(
      notificationSettingsProjection.name,
      NOTIFICATION_SETTINGS,
      {},
    );
    const byTenant = new Map<string, readonly number[]>();
    for await (const doc of docs) byTenant.set(doc.tenantId, doc.reminderDays);
    return byTenant;
  }

  private async notice(marker: Marker, doc: PublicCertificateDoc, daysBefore: number | null) {
    const { certificateId, trainingId, learnerId, tenant } = doc;
    const command = `NoticeCertificateExpiry/${daysBefore ?? 'expired'}`;
    const context = { ...reactionContext(marker, command, certificateId, ACTOR), tenant };
    const validUntil = doc.validUntil ?? '';
    const notice = { daysBefore, certificateId, trainingId, learnerId, validUntil };
    await noticeCertificateExpiry(this.write, context, { ...notice, cutoff: marker.data.cutoff });
  }
}

const factsOf = (doc: PublicCertificateDoc) => ({
  generatedAt: doc.generatedAt,
  validUntil: doc.validUntil,
  revokedAt: doc.revokedAt,
  deletedAt: doc.deletedAt,
  renewed: (doc.renewedBy ?? null) !== null,
});
