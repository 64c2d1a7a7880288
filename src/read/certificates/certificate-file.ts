import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply } from 'fastify';
import { refuse } from '../../core/domain-error';
import type { FileStore } from '../../file-store/file-store';
import type { LearnerTrainingDoc } from '../learner-trainings/learner-trainings.projection';
import { certificateFileKey } from '../../file-store/file-keys';

/**
 * Sends a generated certificate's PDF: the same stored bytes every time. 404 when there is no
 * certificate, 409 `not-ready` while it is being generated (or failed). A revoked one is 409
 * `certificate-revoked` to its learner; admins may still download the copy that was issued.
 *
 * The URL names the learner's current certificate, which a deletion and a new generation
 * replace, so caches must ask each time (`private, no-cache`); the ETag is the file's SHA-256,
 * and a client that holds those bytes already gets 304 without them.
 */
export async function sendCertificatePdf(
  files: FileStore,
  record: LearnerTrainingDoc | null,
  reply: FastifyReply,
  reader: 'learner' | 'admin',
) {
  // While a renewal's cycle has no certificate yet, the earlier cycle's is the learner's latest.
  const certificate = record?.certificate ?? record?.previousCertificates?.at(-1);
  if (!certificate || certificate.status === 'deleted')
    return refuse('not-found', 'There is no certificate for this learner and training');
  if (certificate.status === 'revoked' && reader === 'learner')
    return refuse('certificate-revoked', 'This certificate was revoked');
  if (certificate.status !== 'generated' && certificate.status !== 'revoked')
    return refuse('not-ready', `The certificate is ${certificate.status}, not ready to open yet`);
  const key = certificateFileKey(certificate.certificateId);
  const sha256 = await sha256Of(files, key);
  const file = sha256 === null ? null : await files.open(key);
  if (!file) return refuse('not-found', 'The certificate file is missing');
  const etag = `"${sha256}"`;
  void reply.header('ETag', etag).header('Cache-Control', 'private, no-cache');
  if (matchesAny(reply.request.headers['if-none-match'], etag)) {
    file.destroy();
    return reply.code(304).send();
  }
  return reply
    .type('application/pdf')
    .header(
      'Content-Disposition',
      `inline; filename="certificate-${certificate.certificateId}.pdf"`,
    )
    .send(file);
}

async function sha256Of(files: FileStore, key: string): Promise<string | null> {
  const file = await files.open(key);
  if (!file) return null;
  const hash = createHash('sha256');
  await pipeline(file, hash);
  return hash.digest('hex');
}

/** If-None-Match as RFC 9110 compares it: a list of tags, weakly (W/ ignored), or `*`. */
function matchesAny(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
