import { renewalWindowOf } from '../../core/certificate-validity';
import type { Doc } from '../../read-store/read-store';
import type { TrainingEvent, TrainingType } from '../../events/training.events';
import type { Projection } from '../../projections/projection';

export interface TrainingDoc extends Doc {
  readonly tenant: string;
  readonly trainingId: string;
  readonly type: TrainingType;
  readonly title: string;
  readonly groupId: string | null;
  readonly certificate: {
    readonly templateId: string;
    readonly version: number;
    readonly assignedAt: string;
    readonly assignedBy: string;
    /** Certificates generated under the assignment expire after this many months; null: never. */
    readonly validForMonths: number | null;
    /** With a validity: renewal opens this many days before expiry; null without one. */
    readonly renewalWindowDays: number | null;
  } | null;
}

export const TRAININGS = 'trainings';

export const trainingKey = (tenant: string, trainingId: string) => `${tenant}:${trainingId}`;

/** Each training with its current certificate assignment. */
export const trainingsProjection: Projection<TrainingEvent> = {
  name: 'trainings',
  collections: [{ name: TRAININGS, indexes: [['tenant']] }],
  handles: ['TrainingCreated', 'CertificateAssigned', 'CertificateUnassigned'],
  project: (event) => {
    const tenant = event.metadata.tenant;
    const id = trainingKey(tenant, event.data.trainingId);
    const change = (update: (doc: TrainingDoc) => TrainingDoc) => [
      { collection: TRAININGS, id, update: (doc: Doc | null) => update(doc as TrainingDoc) },
    ];
    switch (event.type) {
      case 'TrainingCreated': {
        const { trainingId, type, title, groupId } = event.data;
        const doc: TrainingDoc = {
          ...{ _id: id, tenant, trainingId, type, title, groupId },
          certificate: null,
        };
        // Stryker disable next-line BooleanLiteral: `creates` only spares reading a document whose id is new
        return [{ collection: TRAININGS, id, update: () => doc, creates: true }];
      }
      case 'CertificateAssigned': {
        const { templateId, version, assignedAt, assignedBy } = event.data;
        const validForMonths = event.data.validForMonths ?? null;
        const renewalWindowDays = renewalWindowOf(event.data);
        return change((doc) => ({
          ...doc,
          certificate: {
            ...{ templateId, version, assignedAt, assignedBy },
            ...{ validForMonths, renewalWindowDays },
          },
        }));
      }
      case 'CertificateUnassigned':
        return change((doc) => ({ ...doc, certificate: null }));
    }
  },
};
