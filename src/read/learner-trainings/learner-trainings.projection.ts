import { renewalWindowOf } from '../../core/certificate-validity';
import type { RecordedEvent } from '../../event-store/event-store';
import type { Doc } from '../../read-store/read-store';
import type { CertificateEvent } from '../../events/certificate.events';
import type { CertificateNumberEvent } from '../../events/certificate-number.events';
import type { EnrollmentEvent } from '../../events/enrollment.events';
import type { DocumentChange, Projection } from '../../projections/projection';

export type CertificateLifecycle = 'generating' | 'generated' | 'failed' | 'revoked' | 'deleted';

export interface CertificateRecord {
  readonly certificateId: string;
  readonly status: CertificateLifecycle;
  readonly templateId: string;
  readonly version: number;
  readonly firstGeneratedAt: string;
  /** The issue time (the request's); absent in documents built before it was kept. */
  readonly issuedAt?: string;
  readonly generatedAt: string | null;
  /** When the certificate stops being valid; null: never (or not generated yet). */
  readonly validUntil: string | null;
  /** With a validity: how many days before `validUntil` renewal opens; null without one. */
  readonly renewalWindowDays?: number | null;
  readonly revokedAt: string | null;
  /** The learner's cycle it belongs to; absent in documents built before renewal existed: 1. */
  readonly cycle?: number;
  /** The earlier cycle's certificate it renews, and the later one that renewed it. */
  readonly renews?: string | null;
  readonly renewedBy?: string | null;
  /** Its number in the tenant; absent or null until the numbering has reached it. */
  readonly number?: string | null;
}

/** One learner in one training: enrolment, progress and completion of the current cycle, certificates. */
export interface LearnerTrainingDoc extends Doc {
  readonly tenant: string;
  readonly trainingId: string;
  readonly learnerId: string;
  readonly enrolledAt: string | null;
  readonly progress: number;
  readonly completedAt: string | null;
  /** 1 from the enrolment, one more per renewal; absent in documents built before it: 1. */
  readonly cycle?: number;
  /** The current cycle's certificate; null until one is asked for in this cycle. */
  readonly certificate: CertificateRecord | null;
  /** The certificates of earlier cycles, oldest first. */
  readonly previousCertificates?: readonly CertificateRecord[];
  /** A certificate exists (generating, generated, failed or revoked): the admin list shows it. */
  readonly hasCertificate: boolean;
}

export const LEARNER_TRAININGS = 'learnerTrainings';

export const learnerTrainingKey = (tenant: string, trainingId: string, learnerId: string) =>
  `${tenant}:${trainingId}:${learnerId}`;

type Handled = EnrollmentEvent | CertificateEvent | CertificateNumberEvent;
type Event = RecordedEvent<Handled>;

const shown = (record: CertificateRecord | null) => record !== null && record.status !== 'deleted';

/** The document with the certificate `certificateId` changed, in this cycle or an earlier one. */
function withCertificate(
  doc: LearnerTrainingDoc,
  certificateId: string,
  change: (record: CertificateRecord) => CertificateRecord,
): LearnerTrainingDoc {
  const apply = (record: CertificateRecord) =>
    record.certificateId === certificateId ? change(record) : record;
  const certificate = doc.certificate && apply(doc.certificate);
  const previousCertificates = (doc.previousCertificates ?? []).map(apply);
  return {
    ...doc,
    certificate,
    previousCertificates,
    ...listed(certificate, previousCertificates),
  };
}

const listed = (current: CertificateRecord | null, previous: readonly CertificateRecord[]) => ({
  hasCertificate: shown(current) || previous.some(shown),
});

function evolve(doc: LearnerTrainingDoc, event: Event): LearnerTrainingDoc {
  switch (event.type) {
    case 'LearnerEnrolled':
      return { ...doc, enrolledAt: doc.enrolledAt ?? event.data.enrolledAt };
    case 'LearningProgressRecorded':
      return { ...doc, progress: event.data.percent };
    case 'TrainingCompleted':
      return { ...doc, progress: 100, completedAt: event.data.completedAt };
    case 'RenewalStarted': {
      // The current certificate becomes an earlier cycle's; a deleted one is no longer listed.
      const previous = doc.previousCertificates ?? [];
      const previousCertificates = shown(doc.certificate)
        ? [...previous, doc.certificate!]
        : previous;
      return {
        ...doc,
        ...{ cycle: event.data.cycle, progress: 0, completedAt: null, certificate: null },
        previousCertificates,
        ...listed(null, previousCertificates),
      };
    }
    case 'CertificateGenerationRequested': {
      const { certificateId, templateId, version, firstGeneratedAt } = event.data;
      const record: CertificateRecord = {
        ...{ certificateId, templateId, version, firstGeneratedAt },
        issuedAt: event.data.requestedAt,
        status: 'generating',
        generatedAt: null,
        validUntil: null,
        renewalWindowDays: renewalWindowOf(event.data),
        revokedAt: null,
        cycle: event.data.cycle ?? 1,
        renews: event.data.renews ?? null,
        renewedBy: null,
      };
      const previousCertificates = doc.previousCertificates ?? [];
      return { ...doc, certificate: record, previousCertificates, hasCertificate: true };
    }
    case 'CertificateGenerated': {
      const { certificateId, generatedAt, validUntil = null } = event.data;
      const generated = withCertificate(doc, certificateId, (record) => ({
        ...record,
        ...{ status: 'generated', generatedAt, validUntil },
      }));
      const renews =
        generated.certificate?.certificateId === certificateId
          ? generated.certificate.renews
          : null;
      return renews
        ? withCertificate(generated, renews, (record) => ({ ...record, renewedBy: certificateId }))
        : generated;
    }
    case 'CertificateGenerationFailed':
      return withCertificate(doc, event.data.certificateId, (record) => ({
        ...record,
        status: 'failed',
      }));
    case 'CertificateRevoked': {
      // The reason is the learner's data: the public certificates' facts keep it, apart.
      return withCertificate(doc, event.data.certificateId, (record) => ({
        ...record,
        ...{ status: 'revoked', revokedAt: event.data.revokedAt },
      }));
    }
    case 'CertificateDeleted':
      return withCertificate(doc, event.data.certificateId, (record) => ({
        ...record,
        ...{ status: 'deleted', generatedAt: null },
      }));
    case 'CertificateNumberAssigned':
      return withCertificate(doc, event.data.certificateId, (record) => ({
        ...record,
        number: event.data.number,
      }));
  }
}

export const learnerTrainingsProjection: Projection<Handled> = {
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
    'RenewalStarted',
    'CertificateGenerationRequested',
    'CertificateGenerated',
    'CertificateGenerationFailed',
    'CertificateRevoked',
    'CertificateDeleted',
    'CertificateNumberAssigned',
  ],
  project: (event): DocumentChange[] => {
    const tenant = event.metadata.tenant;
    const { trainingId, learnerId } = event.data;
    const id = learnerTrainingKey(tenant, trainingId, learnerId);
    const empty: LearnerTrainingDoc = {
      ...{ _id: id, tenant, trainingId, learnerId },
      ...{ enrolledAt: null, progress: 0, completedAt: null, cycle: 1, certificate: null },
      ...{ previousCertificates: [], hasCertificate: false },
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
