import type { Doc } from '../../read-store/read-store';
import type { DocumentChange, Projection } from '../../projections/projection';
import type { CertificateEvent } from '../../events/certificate.events';
import type { CertificateNumberEvent } from '../../events/certificate-number.events';
import type { EnrollmentEvent } from '../../events/enrollment.events';
import type { IssuerProfileEvent } from '../../events/issuer-profile.events';
import type { LearnerProfileEvent } from '../../events/learner-profile.events';
import type { StatusListEvent } from '../../events/status-list.events';
import type { TemplateEvent } from '../../events/template.events';
import type { TrainingEvent } from '../../events/training.events';

/** What anyone holding a certificate may learn of it; the learner id stays in for lookups only. */
export interface PublicCertificateDoc extends Doc {
  readonly tenant: string;
  readonly certificateId: string;
  readonly trainingId: string;
  readonly learnerId: string;
  readonly templateId: string;
  readonly version: number;
  readonly status: 'generating' | 'generated' | 'failed' | 'revoked' | 'deleted';
  readonly issuedAt: string;
  readonly generatedAt: string | null;
  readonly validUntil: string | null;
  readonly file: { readonly sha256: string; readonly size: number } | null;
  readonly credentialFileId: string | null;
  readonly statusListIndex: number | null;
  readonly revokedAt: string | null;
  readonly deletedAt: string | null;
  /** The learner's cycle it belongs to; absent in documents built before renewal existed: 1. */
  readonly cycle?: number;
  readonly renews?: string | null;
  readonly renewedBy?: string | null;
  /** Its number in the tenant; absent until the numbering has reached it. */
  readonly number?: string;
}

export const PUBLIC_CERTIFICATES = 'publicCertificates';
/**
 * Facts other streams hold, by `tenant:id`: learner names, trainings, completions, templates,
 * issuers; and each learner's revocation reasons, kept with the learner so that an erasure
 * removes them in one document.
 */
export const PUBLIC_FACTS = 'publicCertificateFacts';

export const factKey = (kind: string, ...ids: string[]) => `${kind}:${ids.join(':')}`;

type Handled =
  | Exclude<CertificateEvent, { type: 'CertificateGenerationFailed' }>
  | Extract<EnrollmentEvent, { type: 'TrainingCompleted' }>
  | IssuerProfileEvent
  | LearnerProfileEvent
  | StatusListEvent
  | CertificateNumberEvent
  | Extract<TemplateEvent, { type: 'CertificateTemplateCreated' }>
  | Extract<TrainingEvent, { type: 'TrainingCreated' }>;

const fact = (id: string, doc: Record<string, unknown>): DocumentChange[] => [
  { collection: PUBLIC_FACTS, id, update: () => ({ _id: id, ...doc }) },
];

/** The learner's revocation reasons by certificate id (free text, so the learner's data). */
export interface RevocationReasonsDoc extends Doc {
  readonly reasons: Readonly<Record<string, string>>;
}

export const reasonsOf = (tenant: string, learnerId: string): string =>
  factKey('revocation-reasons', tenant, learnerId);

const reasonAdded = (id: string, certificateId: string, reason: string): DocumentChange => ({
  collection: PUBLIC_FACTS,
  id,
  update: (doc) => {
    const reasons = (doc as RevocationReasonsDoc | null)?.reasons ?? {};
    return { _id: id, reasons: { ...reasons, [certificateId]: reason } };
  },
});

/**
 * The public verification read model: per certificate its public facts, and beside them the
 * few facts of other streams the page names. Joined when read, so a learner's later name or an
 * issuer's later profile shows on certificates issued before.
 */
export const publicCertificatesProjection: Projection<Handled> = {
  name: 'publicCertificates',
  collections: [
    // By learner: what an erasure removes, and what a personal-data export lists; by training:
    // what a certificate archive holds; by validUntil: the certificates whose expiry moments a
    // daily cut-off passed.
    {
      name: PUBLIC_CERTIFICATES,
      indexes: [['tenant', 'learnerId'], ['tenant', 'trainingId'], ['validUntil']],
    },
    { name: PUBLIC_FACTS, indexes: [] },
  ],
  handles: [
    ...(['LearnerProfileRecorded', 'LearnerPersonalDataErased'] as const),
    ...(['TrainingCreated', 'TrainingCompleted'] as const),
    ...([
      'CertificateTemplateCreated',
      'IssuerProfileRecorded',
      'StatusListIndexAssigned',
      'CertificateNumberAssigned',
    ] as const),
    ...(['CertificateGenerationRequested', 'CertificateGenerated', 'CertificateRevoked'] as const),
    'CertificateDeleted',
  ],
  project: (event): DocumentChange[] => {
    const tenant = event.metadata.tenant;
    const certificate = (id: string, change: (doc: PublicCertificateDoc) => object) => [
      {
        collection: PUBLIC_CERTIFICATES,
        id,
        update: (doc: Doc | null) =>
          doc ? { ...doc, ...change(doc as PublicCertificateDoc) } : null,
      },
    ];
    switch (event.type) {
      case 'LearnerProfileRecorded':
        return fact(factKey('learner', tenant, event.data.learnerId), { name: event.data.name });
      case 'LearnerPersonalDataErased': {
        const { learnerId, erasedAt } = event.data;
        return [
          ...fact(factKey('learner', tenant, learnerId), { name: null, erasedAt }),
          { collection: PUBLIC_FACTS, id: reasonsOf(tenant, learnerId), update: () => null },
        ];
      }
      case 'TrainingCreated': {
        const { trainingId, title, type } = event.data;
        return fact(factKey('training', tenant, trainingId), { title, type });
      }
      case 'TrainingCompleted': {
        const { trainingId, learnerId, completedAt } = event.data;
        return fact(factKey('completion', tenant, trainingId, learnerId), { completedAt });
      }
      case 'CertificateTemplateCreated': {
        const { templateId, title, language } = event.data;
        return fact(factKey('template', tenant, templateId), { title, language });
      }
      case 'IssuerProfileRecorded':
        return fact(factKey('issuer', tenant), { name: event.data.name, url: event.data.url });
      case 'StatusListIndexAssigned': {
        const { certificateId, statusListIndex } = event.data;
        return certificate(certificateId, () => ({ statusListIndex }));
      }
      case 'CertificateNumberAssigned':
        return certificate(event.data.certificateId, () => ({ number: event.data.number }));
      case 'CertificateGenerationRequested': {
        const { certificateId, trainingId, learnerId, templateId, version } = event.data;
        const doc: PublicCertificateDoc = {
          ...{ _id: certificateId, tenant, certificateId, trainingId, learnerId, templateId },
          ...{ version, status: 'generating', issuedAt: event.data.requestedAt },
          ...{ generatedAt: null, validUntil: null, file: null, credentialFileId: null },
          ...{ statusListIndex: null, revokedAt: null, deletedAt: null },
          ...{ cycle: event.data.cycle ?? 1, renews: event.data.renews ?? null, renewedBy: null },
        };
        return [{ collection: PUBLIC_CERTIFICATES, id: certificateId, update: () => doc }];
      }
      case 'CertificateGenerated': {
        const { certificateId, sha256, size, generatedAt, validUntil, credential } = event.data;
        let renews: string | null = null;
        return [
          ...certificate(certificateId, (doc) => {
            renews = doc.renews ?? null;
            return {
              ...{ status: 'generated', generatedAt, validUntil: validUntil ?? null },
              file: { sha256, size },
              credentialFileId: credential?.fileId ?? null,
              statusListIndex: credential?.statusListIndex ?? doc.statusListIndex,
            };
          }),
          // Once generated, the certificate it renews names it.
          {
            collection: PUBLIC_CERTIFICATES,
            id: () => renews ?? certificateId,
            update: (doc: Doc | null) =>
              doc && renews !== null ? { ...doc, renewedBy: certificateId } : doc,
          },
        ];
      }
      case 'CertificateRevoked': {
        const { certificateId, learnerId, reason, revokedAt } = event.data;
        return [
          ...certificate(certificateId, () => ({ status: 'revoked', revokedAt })),
          // Read as null once the learner was erased: then there is nothing to keep.
          ...(reason === null
            ? []
            : [reasonAdded(reasonsOf(tenant, learnerId), certificateId, reason)]),
        ];
      }
      case 'CertificateDeleted':
        return certificate(event.data.certificateId, (doc) => ({
          // A revocation is final and stays the status; the deletion is still told.
          status: doc.status === 'revoked' ? 'revoked' : 'deleted',
          deletedAt: event.data.deletedAt,
        }));
    }
  },
};
