import { verificationUrl } from '../../credentials/public-urls';
import type { LearnerTrainingDoc } from './learner-trainings.projection';
import type { TrainingDoc } from '../trainings/trainings.projection';

export type LearningStatus = 'not-started' | 'in-progress' | 'completed';

/**
 * What the learner's "Learning records" page shows for one training. `available` means the
 * "Generate certificate" button, `generated` the "Open certificate" one.
 */
export function learningRecord(
  record: LearnerTrainingDoc,
  training: TrainingDoc | null,
  featureOn: boolean,
  publicUrl: string,
) {
  const status: LearningStatus =
    record.completedAt !== null ? 'completed' : record.progress > 0 ? 'in-progress' : 'not-started';
  return {
    trainingId: record.trainingId,
    title: training?.title ?? null,
    type: training?.type ?? null,
    progress: record.progress,
    status,
    enrolledAt: record.enrolledAt,
    completedAt: record.completedAt,
    certificate: certificateView(record, training, featureOn, publicUrl),
  };
}

function certificateView(
  record: LearnerTrainingDoc,
  training: TrainingDoc | null,
  featureOn: boolean,
  publicUrl: string,
) {
  const current = record.certificate;
  if (current && current.status !== 'deleted') {
    const { certificateId, status, templateId, version, firstGeneratedAt, generatedAt } = current;
    const validUntil = current.validUntil ?? null;
    return {
      status,
      certificateId,
      ...(current.number != null && { number: current.number }),
      templateId,
      version,
      firstGeneratedAt,
      ...(generatedAt !== null && { generatedAt }),
      ...(validUntil !== null && { validUntil }),
      // Only an issued certificate has a public page to point at.
      ...((status === 'generated' || status === 'revoked') && {
        verificationUrl: verificationUrl(publicUrl, certificateId),
      }),
    };
  }
  const available = featureOn && record.completedAt !== null && training?.certificate != null;
  return {
    status: available ? ('available' as const) : ('unavailable' as const),
    ...(current && { firstGeneratedAt: current.firstGeneratedAt }),
  };
}
