import type { CommandContext } from '../../../core/command-context';
import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { issuerProfile } from '../../issuers/domain/issuer-profile';
import { effectiveCertificatePrefix } from '../domain/certificate-number';
import { certificateNumbers } from '../domain/certificate-numbers';

/** The request a number is for: which certificate, whose, and when it was asked for. */
export interface NumberedRequest {
  readonly certificateId: string;
  readonly trainingId: string;
  readonly learnerId: string;
  readonly requestedAt: string;
}

/**
 * The certificate's number: assigned on the first call, with the issuer's prefix as it is then
 * (looked up again when a conflict makes the write model decide again), the same ever after.
 */
export async function assignCertificateNumberFor(
  write: WriteModel,
  context: CommandContext,
  request: NumberedRequest,
): Promise<string> {
  const tenantId = context.tenant;
  const stream = streams.certificateNumbers(tenantId);
  await write.execute(stream, certificateNumbers, context, async (at) => {
    const profile = await write.state(streams.issuerProfile(tenantId), issuerProfile);
    return {
      type: 'AssignCertificateNumber' as const,
      ...{ certificateId: request.certificateId, trainingId: request.trainingId },
      learnerId: request.learnerId,
      prefix: effectiveCertificatePrefix(tenantId, profile?.certificatePrefix),
      issuedAt: new Date(request.requestedAt),
      at,
    };
  });
  // Read back from the log: a racing instance may have stored the same decision first.
  const number = await findCertificateNumber(write, tenantId, request.certificateId);
  if (number === null) throw new Error(`Certificate ${request.certificateId} got no number`);
  return number;
}

/** The number a certificate was given, or null while it has none. */
export async function findCertificateNumber(
  write: WriteModel,
  tenantId: string,
  certificateId: string,
): Promise<string | null> {
  const state = await write.state(streams.certificateNumbers(tenantId), certificateNumbers);
  return state?.byCertificate.get(certificateId) ?? null;
}
