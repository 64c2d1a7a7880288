import { createHash } from 'node:crypto';
import type { RecordedEvent } from '../../event-store/event-store';
import type { WebhookEventType } from '../../events/webhook.events';
import type { PublicCertificateDoc } from '../../read/public-certificates/public-certificates.projection';
import { verificationUrl } from '../../credentials/public-urls';

/** A message as Standard Webhooks sends it: its id, type and the exact body that is signed. */
export interface WebhookMessage {
  readonly id: string;
  readonly type: WebhookEventType;
  readonly body: string;
}

export interface MessageFacts {
  readonly publicUrl: string;
  /** The certificate's public document once the read model has passed `position`. */
  certificate(certificateId: string, position: bigint): Promise<PublicCertificateDoc | null>;
}

/** The message id derives from the event and the type, so retries and replays repeat it. */
export const messageIdOf = (eventId: string, type: WebhookEventType) =>
  `msg_${createHash('sha256').update(`${eventId}/${type}`).digest('hex').slice(0, 32)}`;

type Data = Record<string, string | undefined>;

/**
 * What an event tells a webhook of its tenant: none, one or (a renewing certificate's
 * generation) two messages. Messages carry ids, statuses and URLs, never a name or an e-mail,
 * and read only facts that never change once recorded, so a replay sends the same bodies.
 */
export async function messagesOf(
  event: RecordedEvent,
  facts: MessageFacts,
): Promise<WebhookMessage[]> {
  const tenantId = event.metadata.tenant;
  const position = event.position.toString();
  const message = (type: WebhookEventType, data: Data): WebhookMessage => ({
    id: messageIdOf(event.eventId, type),
    type,
    body: JSON.stringify({
      type,
      timestamp: event.metadata.occurredAt,
      data: { tenantId, position, ...data },
    }),
  });
  const about = async (ids: { certificateId: string; trainingId: string; learnerId: string }) => {
    const doc = await facts.certificate(ids.certificateId, event.position);
    return {
      certificateId: ids.certificateId,
      number: doc?.number,
      trainingId: ids.trainingId,
      learnerId: ids.learnerId,
      verificationUrl: verificationUrl(facts.publicUrl, ids.certificateId),
      doc,
    };
  };
  switch (event.type) {
    case 'CertificateGenerated': {
      const { doc, ...data } = await about(event.data);
      const generated = {
        ...data,
        status: 'valid',
        validUntil: event.data.validUntil ?? undefined,
      };
      const renewed = (doc?.renews ?? null) !== null;
      return [
        message('certificate.generated', generated),
        ...(renewed ? [message('certificate.renewed', generated)] : []),
      ];
    }
    case 'CertificateGenerationFailed': {
      const { certificateId, trainingId, learnerId } = event.data;
      return [
        message('certificate.failed', { certificateId, trainingId, learnerId, status: 'failed' }),
      ];
    }
    case 'CertificateRevoked': {
      const { doc: _doc, ...data } = await about(event.data);
      return [message('certificate.revoked', { ...data, status: 'revoked' })];
    }
    case 'CertificateDeleted': {
      const { certificateId, trainingId, learnerId } = event.data;
      return [
        message('certificate.deleted', { certificateId, trainingId, learnerId, status: 'deleted' }),
      ];
    }
    case 'CertificateExpiring':
    case 'CertificateExpired': {
      const { doc: _doc, ...data } = await about(event.data);
      const expired = event.type === 'CertificateExpired';
      const type = expired ? 'certificate.expired' : 'certificate.expiring';
      const status = expired ? 'expired' : 'valid';
      return [message(type, { ...data, status, validUntil: event.data.validUntil })];
    }
    case 'ProgressReportCompleted':
    case 'ProgressReportFailed': {
      const { reportId, trainingId } = event.data;
      const status = event.type === 'ProgressReportCompleted' ? 'done' : 'failed';
      return [message('report.done', { reportId, trainingId, status })];
    }
    case 'LearnerPersonalDataErased':
      return [message('learner.erased', { learnerId: event.data.learnerId, status: 'erased' })];
    default:
      return [];
  }
}
