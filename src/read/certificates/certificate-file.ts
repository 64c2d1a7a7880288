import type { FastifyReply } from 'fastify';
import { refuse } from '../../core/domain-error';
import type { FileStore } from '../../file-store/file-store';
import type { LearnerTrainingDoc } from '../learner-trainings/learner-trainings.projection';
import { certificateFileKey } from '../../file-store/file-keys';

/**
 * Sends a generated certificate's PDF: the same stored bytes every time. 404 when there is no
 * certificate, 409 `not-ready` while it is being generated (or failed). A revoked one is 409
 * `certificate-revoked` to its learner; admins may still download the copy that was issued.
 */
export async function sendCertificatePdf(
  files: FileStore,
  record: LearnerTrainingDoc | null,
  reply: FastifyReply,
  reader: 'learner' | 'admin',
) {
  const certificate = record?.certificate;
  if (!certificate || certificate.status === 'deleted')
    return refuse('not-found', 'There is no certificate for this learner and training');
  if (certificate.status === 'revoked' && reader === 'learner')
    return refuse('certificate-revoked', 'This certificate was revoked');
  if (certificate.status !== 'generated' && certificate.status !== 'revoked')
    return refuse('not-ready', `The certificate is ${certificate.status}, not ready to open yet`);
  const file = await files.open(certificateFileKey(certificate.certificateId));
  if (!file) return refuse('not-found', 'The certificate file is missing');
  return reply
    .type('application/pdf')
    .header(
      'Content-Disposition',
      `inline; filename="certificate-${certificate.certificateId}.pdf"`,
    )
    .header('Cache-Control', 'private, max-age=31536000, immutable')
    .send(file);
}
