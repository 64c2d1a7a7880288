import type { FastifyReply } from 'fastify';
import { answer } from '../../../http/command-answer';
import type { CertificateState } from '../domain/certificate.state';
import type { EnrollmentState } from '../../enrollments/domain/enrollment';

type Outcome = { readonly state: CertificateState; readonly position: bigint };

/** 202 while generating (first request or not), 200 once generated (SPEC §5). */
export function generationAnswer(outcome: Outcome, reply: FastifyReply) {
  const { state } = outcome;
  // A request that was not refused leaves the certificate generating, or generated already.
  if (state.status !== 'generating' && state.status !== 'generated')
    throw new Error(`A granted generation request left the certificate ${state.status}`);
  const { certificateId, status } = state;
  void reply.status(status === 'generated' ? 200 : 202);
  return answer(outcome, { certificateId, status });
}

/** The revoked certificate; revoking it again answers the same. */
export function revocationAnswer(outcome: Outcome) {
  const { state } = outcome;
  // A revocation that was not refused leaves the certificate revoked.
  if (state.status !== 'revoked')
    throw new Error(`A granted revocation left the certificate ${state.status}`);
  const { certificateId, status } = state;
  return answer(outcome, { certificateId, status });
}

/** The cycle the renewal started, or the one already running. */
export function renewalAnswer(outcome: {
  readonly state: EnrollmentState;
  readonly position: bigint;
}) {
  return answer(outcome, { cycle: outcome.state.cycle });
}
