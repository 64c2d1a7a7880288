import type { RecordedEvent } from '../../event-store/event-store';
import type { Doc } from '../../read-store/read-store';
import type { CertificateEvent } from '../../events/certificate.events';
import type { EnrollmentEvent } from '../../events/enrollment.events';
import type { DocumentChange, Projection } from '../../projections/projection';

export type CertificateLifecycle = 'generating' | 'generated' | 'failed' | 'revoked' | 'deleted';

export interface CertificateRecord {
  readonly certificateId: string;
  readonly status: CertificateLifecycle;
  readonly templateId: string;
  readonly version: number;
  readonly firstGeneratedAt: string;
  readonly generatedAt: string | null;
  /** When the certificate stops being valid; null: never (or not generated yet). */
  readonly validUntil: string | null;
  readonly revokedAt: string | null;
}

/** One learner in one training: enrolment, progress, completion and certificate. */
export interface LearnerTrainingDoc extends Doc {
  readonly tenant: string;
  readonly trainingId: string;
  readonly learnerId: string;
  readonly enrolledAt: string | null;
  readonly progress: number;
  readonly completedAt: string | null;
  readonly certificate: CertificateRecord | null;
  /** A certificate exists now (generating, generated, failed or revoked): the admin list shows it. */
  readonly hasCertificate: boolean;
}

export const LEARNER_TRAININGS = 'learnerTrainings';

export const learnerTrainingKey = (tenant: string, trainingId: string, learnerId: string) =>
  `${tenant}:${trainingId}:${learnerId}`;

type Event = RecordedEvent<EnrollmentEvent | CertificateEvent>;

function evolve(doc: LearnerTrainingDoc, event: Event): LearnerTrainingDoc {
  const certificate = doc.certificate;
  const withCertificate = (changes: Partial<CertificateRecord>): LearnerTrainingDoc => {
    if (!certificate) return doc;
    const next = { ...certificate, ...changes };
    return { ...doc, certificate: next, hasCertificate: next.status !== 'deleted' };
  };
  switch (event.type) {
    case 'LearnerEnrolled':
      return { ...doc, enrolledAt: doc.enrolledAt ?? event.data.enrolledAt };
    case 'LearningProgressRecorded':
      return { ...doc, progress: event.data.percent };
    case 'TrainingCompleted':
      return { ...doc, progress: 100, completedAt: event.data.completedAt };
    case 'CertificateGenerationRequested': {
      const { certificateId, templateId, version, firstGeneratedAt } = event.data;
      const record: CertificateRecord = {
        ...{ certificateId, templateId, version, firstGeneratedAt },
        status: 'generating',
        generatedAt: null,
        validUntil: null,
        revokedAt: null,
      };
      return { ...doc, certificate: record, hasCertificate: true };
    }
    case 'CertificateGenerated': {
      const { generatedAt, validUntil = null } = event.data;
      return withCertificate({ status: 'generated', generatedAt, validUntil });
    }
    case 'CertificateGenerationFailed':
      return withCertificate({ status: 'failed' });
    case 'CertificateRevoked': {
      // The reason is the learner's data: the public certificates' facts keep it, apart.
      return withCertificate({ status: 'revoked', revokedAt: event.data.revokedAt });
    }
    case 'CertificateDeleted':
      return withCertificate({ status: 'deleted', generatedAt: null });
  }
}

export const learnerTrainingsProjection: Projection<EnrollmentEvent | CertificateEvent> = {
  name: 'learnerTrainings',
  collections: [
    {
      name: LEARNER_TRAININGS,
      indexes: [
        ['tenant', 'learnerId'],
        ['tenant', 'trainingId', 'hasCertificate'],
      ],
    },
  ],
  handles: [
    'LearnerEnrolled',
    'LearningProgressRecorded',
    'TrainingCompleted',
    'CertificateGenerationRequested',
    'CertificateGenerated',
    'CertificateGenerationFailed',
    'CertificateRevoked',
    'CertificateDeleted',
  ],
  project: (event): DocumentChange[] => {
    const tenant = event.metadata.tenant;
    const { trainingId, learnerId } = event.data;
    const id = learnerTrainingKey(tenant, trainingId, learnerId);
    const empty: LearnerTrainingDoc = {
      ...{ _id: id, tenant, trainingId, learnerId },
      ...{ enrolledAt: null, progress: 0, completedAt: null, certificate: null },
      hasCertificate: false,
    };
    return [
      {
        collection: LEARNER_TRAININGS,
        id,
        update: (current) => evolve((current as LearnerTrainingDoc | null) ?? empty, event),
      },
    ];
  },
};
