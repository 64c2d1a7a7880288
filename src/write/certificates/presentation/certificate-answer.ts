import type { FastifyReply } from 'fastify';
import { answer } from '../../../http/command-answer';
import type { CertificateState } from '../domain/certificate.state';

/** 202 while generating (first request or not), 200 once generated (SPEC §5). */
export function generationAnswer(
  outcome: { readonly state: CertificateState; readonly position: bigint },
  reply: FastifyReply,
) {
  const { certificateId, status } = outcome.state;
  void reply.status(status === 'generated' ? 200 : 202);
  return answer(outcome, { certificateId, status });
}
