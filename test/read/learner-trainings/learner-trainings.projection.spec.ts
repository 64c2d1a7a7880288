import { ProjectionSpecification } from '../../support/projection-specification';
import {
  LEARNER_TRAININGS,
  learnerTrainingsProjection,
} from '../../../src/read/learner-trainings/learner-trainings.projection';

const spec = ProjectionSpecification.for(learnerTrainingsProjection);
const ids = { trainingId: 't1', learnerId: 'ann' };
const certificate = { certificateId: 'c1', ...ids };
const enrolled = {
  occurredAt: '2026-03-02T09:00:00.000Z',
  event: {
    type: 'LearnerEnrolled' as const,
    data: { ...ids, enrolledAt: '2026-03-02T09:00:00.000Z' },
  },
};
const completed = {
  occurredAt: '2026-03-02T10:00:00.000Z',
  event: {
    type: 'TrainingCompleted' as const,
    data: { ...ids, completedAt: '2026-03-02T10:00:00.000Z', score: 90 },
  },
};
const requested = {
  occurredAt: '2026-03-02T11:00:00.000Z',
  event: {
    type: 'CertificateGenerationRequested' as const,
    data: {
      ...certificate,
      ...{ templateId: 'classic-en', version: 2, requestedBy: 'ann' },
      ...{ requestedAt: '2026-03-02T11:00:00.000Z', firstGeneratedAt: '2026-03-02T11:00:00.000Z' },
    },
  },
};
const generated = {
  occurredAt: '2026-03-02T11:00:05.000Z',
  event: {
    type: 'CertificateGenerated' as const,
    data: {
      ...certificate,
      ...{ fileId: 'c1', sha256: 'ab'.repeat(32), size: 1000 },
      generatedAt: '2026-03-02T11:00:05.000Z',
    },
  },
};
const doc = {
  _id: 'acme:t1:ann',
  ...{ tenant: 'acme', ...ids, enrolledAt: '2026-03-02T09:00:00.000Z' },
  ...{ progress: 100, completedAt: '2026-03-02T10:00:00.000Z' },
  ...{ cycle: 1, previousCertificates: [] },
};
const record = {
  ...{ certificateId: 'c1', templateId: 'classic-en', version: 2 },
  firstGeneratedAt: '2026-03-02T11:00:00.000Z',
  issuedAt: '2026-03-02T11:00:00.000Z',
  ...{ validUntil: null, revokedAt: null },
  ...{ renewalWindowDays: null, cycle: 1, renews: null, renewedBy: null },
};

describe('The learner-trainings projection', () => {
  it('shows an enrolled learner with no progress and no certificate, then the progress reported', () => {
    const progressed = {
      occurredAt: '2026-03-02T09:30:00.000Z',
      event: { type: 'LearningProgressRecorded' as const, data: { ...ids, percent: 40 } },
    };
    const fresh = {
      ...doc,
      progress: 0,
      completedAt: null,
      certificate: null,
      hasCertificate: false,
    };
    spec.given([enrolled]).then({ [LEARNER_TRAININGS]: { 'acme:t1:ann': fresh } });
    spec
      .given([enrolled, progressed])
      .then({ [LEARNER_TRAININGS]: { 'acme:t1:ann': { ...fresh, progress: 40 } } });
  });

  it('ignores the outcome of a generation it never saw requested', () => {
    spec.given([enrolled, completed, generated]).then({
      [LEARNER_TRAININGS]: { 'acme:t1:ann': { ...doc, certificate: null, hasCertificate: false } },
    });
  });

  it('follows one learner in one training from enrolment to a generated certificate', () => {
    spec.given([enrolled, completed, requested, generated]).then({
      [LEARNER_TRAININGS]: {
        'acme:t1:ann': {
          ...doc,
          certificate: { ...record, status: 'generated', generatedAt: '2026-03-02T11:00:05.000Z' },
          hasCertificate: true,
        },
      },
    });
  });

  it('[R-admin-delete-regenerate] keeps the record of a deleted certificate, but not among those that exist', () => {
    spec
      .given([
        enrolled,
        completed,
        requested,
        generated,
        {
          occurredAt: '2026-03-03T09:00:00.000Z',
          event: {
            type: 'CertificateDeleted',
            data: {
              ...certificate,
              ...{ reason: null, deletedBy: 'admin-1', deletedAt: '2026-03-03T09:00:00.000Z' },
            },
          },
        },
      ])
      .then({
        [LEARNER_TRAININGS]: {
          'acme:t1:ann': {
            ...doc,
            certificate: { ...record, status: 'deleted', generatedAt: null },
            hasCertificate: false,
          },
        },
      });
  });

  it('shows a failed generation as failed', () => {
    spec
      .given([
        enrolled,
        completed,
        requested,
        {
          occurredAt: '2026-03-02T11:01:00.000Z',
          event: {
            type: 'CertificateGenerationFailed',
            data: { ...certificate, reason: 'no Chromium', failedAt: '2026-03-02T11:01:00.000Z' },
          },
        },
      ])
      .then({
        [LEARNER_TRAININGS]: {
          'acme:t1:ann': {
            ...doc,
            certificate: { ...record, status: 'failed', generatedAt: null },
            hasCertificate: true,
          },
        },
      });
  });

  it('keeps the validity of a generated certificate', () => {
    const withValidity = {
      ...generated,
      event: {
        ...generated.event,
        data: { ...generated.event.data, validUntil: '2027-03-02T11:00:00.000Z' },
      },
    };
    spec.given([enrolled, completed, requested, withValidity]).then({
      [LEARNER_TRAININGS]: {
        'acme:t1:ann': {
          ...doc,
          certificate: {
            ...record,
            status: 'generated',
            generatedAt: '2026-03-02T11:00:05.000Z',
            validUntil: '2027-03-02T11:00:00.000Z',
          },
          hasCertificate: true,
        },
      },
    });
  });

  const revoked = {
    occurredAt: '2026-03-04T09:00:00.000Z',
    event: {
      type: 'CertificateRevoked' as const,
      data: {
        ...certificate,
        ...{ reason: 'Issued in error', revokedBy: 'admin-1' },
        revokedAt: '2026-03-04T09:00:00.000Z',
      },
    },
  };

  it('[R-revocation] shows a revoked certificate as revoked and when (its reason is kept apart, with the learner), still among those that exist', () => {
    spec.given([enrolled, completed, requested, generated, revoked]).then({
      [LEARNER_TRAININGS]: {
        'acme:t1:ann': {
          ...doc,
          certificate: {
            ...record,
            status: 'revoked',
            generatedAt: '2026-03-02T11:00:05.000Z',
            revokedAt: '2026-03-04T09:00:00.000Z',
          },
          hasCertificate: true,
        },
      },
    });
  });

  it("an admin's new certificate after a revocation replaces the revoked one in the record", () => {
    const again = {
      occurredAt: '2026-03-05T09:00:00.000Z',
      event: {
        ...requested.event,
        data: {
          ...requested.event.data,
          ...{ certificateId: 'c2', version: 3, requestedBy: 'admin-1' },
          requestedAt: '2026-03-05T09:00:00.000Z',
        },
      },
    };
    spec.given([enrolled, completed, requested, generated, revoked, again]).then({
      [LEARNER_TRAININGS]: {
        'acme:t1:ann': {
          ...doc,
          certificate: {
            ...record,
            ...{ certificateId: 'c2', version: 3, status: 'generating', generatedAt: null },
            // Issued at its own request; first generated when the first one was.
            issuedAt: '2026-03-05T09:00:00.000Z',
          },
          hasCertificate: true,
        },
      },
    });
  });

  it("[R-certificate-number] shows the number the certificate was given, and no earlier certificate's", () => {
    const numbered = (certificateId: string, number: string, sequence: number) => ({
      occurredAt: '2026-03-02T11:00:01.000Z',
      event: {
        type: 'CertificateNumberAssigned' as const,
        data: {
          ...{ ...ids, certificateId, number, sequence },
          assignedAt: '2026-03-02T11:00:01.000Z',
        },
      },
    });
    const { data } = requested.event;
    const replacing = {
      ...requested,
      event: { ...requested.event, data: { ...data, certificateId: 'c2' } },
    };
    const generatedRecord = {
      ...record,
      status: 'generated',
      generatedAt: '2026-03-02T11:00:05.000Z',
    };
    spec
      .given([enrolled, completed, requested, numbered('c1', 'ACME-2026-000001', 1), generated])
      .then({
        [LEARNER_TRAININGS]: {
          'acme:t1:ann': {
            ...doc,
            certificate: { ...generatedRecord, number: 'ACME-2026-000001' },
            hasCertificate: true,
          },
        },
      });
    // A new certificate starts without a number; one given late to the one it replaced stays off it.
    const late = numbered('c1', 'ACME-2026-000001', 1);
    spec.given([...[enrolled, completed], ...[requested, generated, replacing, late]]).then({
      [LEARNER_TRAININGS]: {
        'acme:t1:ann': {
          ...doc,
          certificate: {
            ...record,
            certificateId: 'c2',
            status: 'generating',
            generatedAt: null,
          },
          hasCertificate: true,
        },
      },
    });
  });
});
