import { deterministicId } from '../../src/core/deterministic-id';
import { streams } from '../../src/core/stream-names';
import { recordGenerationOutcome } from '../../src/write/certificates/application/record-generation-outcome.handler';
import { certificate } from '../../src/write/certificates/domain/certificate';
import type { WriteModel } from '../../src/write/command-handling/write-model';

/**
 * Records a learner's generating certificate as generated, as the generation reactor would once
 * its PDF is stored, for histories sent to a service whose reactors are off (rendering thousands
 * of PDFs would only slow a test of the read models down).
 */
export async function settleGeneration(
  write: WriteModel,
  tenant: string,
  target: { trainingId: string; learnerId: string },
): Promise<void> {
  const stream = streams.certificate(tenant, target.trainingId, target.learnerId);
  const state = await write.state(stream, certificate);
  if (state?.status !== 'generating') return;
  const { certificateId } = state;
  await recordGenerationOutcome(
    write,
    {
      commandId: deterministicId(`settle/${certificateId}`),
      tenant,
      actor: { id: 'system:certificate-generation', roles: [] },
      correlationId: certificateId,
      causationId: certificateId,
    },
    target,
    {
      type: 'RecordCertificateGenerated',
      ...{ certificateId, fileId: certificateId, sha256: 'ab'.repeat(32), size: 1_000 },
      at: new Date(Date.parse(state.requestedAt) + 1_000),
    },
  );
}
