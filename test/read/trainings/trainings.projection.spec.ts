import { ProjectionSpecification } from '../../support/projection-specification';
import { TRAININGS, trainingsProjection } from '../../../src/read/trainings/trainings.projection';

const spec = ProjectionSpecification.for(trainingsProjection);
const occurredAt = '2026-03-02T09:00:00.000Z';
const created = {
  occurredAt,
  event: {
    type: 'TrainingCreated' as const,
    data: { trainingId: 't1', type: 'course' as const, title: 'Safety', groupId: 'north' },
  },
};
const assigned = (version: number, validity: { validForMonths?: number } = {}) => ({
  occurredAt,
  event: {
    type: 'CertificateAssigned' as const,
    data: {
      ...{ trainingId: 't1', templateId: 'classic-en', version },
      ...{ assignedAt: occurredAt, assignedBy: 'admin-1', ...validity },
    },
  },
});
const training = { _id: 'acme:t1', tenant: 'acme', trainingId: 't1', type: 'course' };

describe('The trainings projection', () => {
  it('keeps each training with the certificate assigned last', () => {
    spec.given([created, assigned(1), assigned(2)]).then({
      [TRAININGS]: {
        'acme:t1': {
          ...training,
          ...{ title: 'Safety', groupId: 'north' },
          certificate: {
            ...{ templateId: 'classic-en', version: 2, validForMonths: null },
            renewalWindowDays: null,
            ...{ assignedAt: occurredAt, assignedBy: 'admin-1' },
          },
        },
      },
    });
  });

  it("shows the assignment's validity in months, and null once an assignment gives none", () => {
    const withValidity = (months: number | null) => ({
      [TRAININGS]: {
        'acme:t1': {
          ...training,
          ...{ title: 'Safety', groupId: 'north' },
          certificate: {
            ...{ templateId: 'classic-en', version: 1, validForMonths: months },
            // Recorded before renewal existed: the default window with a validity.
            renewalWindowDays: months === null ? null : 90,
            ...{ assignedAt: occurredAt, assignedBy: 'admin-1' },
          },
        },
      },
    });
    spec.given([created, assigned(1, { validForMonths: 24 })]).then(withValidity(24));
    spec
      .given([created, assigned(1, { validForMonths: 24 }), assigned(1)])
      .then(withValidity(null));
  });

  it('shows no certificate once it is removed', () => {
    spec
      .given([
        created,
        assigned(1),
        {
          occurredAt,
          event: {
            type: 'CertificateUnassigned',
            data: { trainingId: 't1', templateId: 'classic-en', version: 1, unassignedBy: 'a' },
          },
        },
      ])
      .then({
        [TRAININGS]: {
          'acme:t1': { ...training, title: 'Safety', groupId: 'north', certificate: null },
        },
      });
  });
});
