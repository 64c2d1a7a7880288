import { tenantWide } from '../../../src/core/access-scope';
import { deterministicId } from '../../../src/core/deterministic-id';
import { streams } from '../../../src/core/stream-names';
import { generateCertificate } from '../../../src/write/certificates/application/generate-certificate.handler';
import { HandlerSpecification, type Streams } from '../../support/handler-specification';

const now = new Date('2026-03-02T10:00:00.000Z');
const spec = HandlerSpecification.at(now, { actor: { id: 'ann', roles: ['learner'] } });
const generate = { scope: tenantWide, trainingId: 't1', learnerId: 'ann', selfService: true };
const certificateStream = streams.certificate('acme', 't1', 'ann');

const featureOn: Streams = {
  [streams.certificatesFeature('acme')]: [
    { type: 'CertificatesFeatureEnabled', data: { tenantId: 'acme' } },
  ],
};
const trainingAssigned = (validity: { validForMonths?: number } = {}): Streams => ({
  [streams.training('acme', 't1')]: [
    {
      type: 'TrainingCreated',
      data: { trainingId: 't1', type: 'course', title: 'Safety', groupId: null },
    },
    {
      type: 'CertificateAssigned',
      data: {
        trainingId: 't1',
        templateId: 'classic-1',
        version: 2,
        assignedAt: '2026-03-01T09:00:00.000Z',
        assignedBy: 'admin-1',
        ...validity,
      },
    },
  ],
});
const trainingWithCertificate = trainingAssigned();
const enrolled: Streams = {
  [streams.enrollment('acme', 't1', 'ann')]: [
    {
      type: 'LearnerEnrolled',
      data: { trainingId: 't1', learnerId: 'ann', enrolledAt: '2026-03-01T09:30:00.000Z' },
    },
  ],
};
const completed: Streams = {
  [streams.enrollment('acme', 't1', 'ann')]: [
    ...enrolled[streams.enrollment('acme', 't1', 'ann')]!,
    {
      type: 'TrainingCompleted',
      data: {
        trainingId: 't1',
        learnerId: 'ann',
        completedAt: '2026-03-01T11:00:00.000Z',
        score: 90,
      },
    },
  ],
};

const requested = (
  certificateId: string,
  validity: { validForMonths?: number; renewalWindowDays?: number } = {},
) => ({
  type: 'CertificateGenerationRequested' as const,
  data: {
    certificateId,
    trainingId: 't1',
    learnerId: 'ann',
    templateId: 'classic-1',
    version: 2,
    requestedAt: now.toISOString(),
    requestedBy: 'ann',
    firstGeneratedAt: now.toISOString(),
    ...validity,
  },
});

describe('GenerateCertificate, against the streams it reads', () => {
  it('requests the version assigned to the training, in the certificate stream', async () => {
    await spec
      .given({ ...featureOn, ...trainingWithCertificate, ...completed })
      .when((write, context) => generateCertificate(write, context, generate))
      .then({ [certificateStream]: [requested(deterministicId('certificate/command-1'))] });
  });

  it("carries the assignment's validity in the request", async () => {
    await spec
      .given({ ...featureOn, ...trainingAssigned({ validForMonths: 24 }), ...completed })
      .when((write, context) => generateCertificate(write, context, generate))
      .then({
        [certificateStream]: [
          // An assignment recorded before renewal existed: the default window, 90 days.
          requested(deterministicId('certificate/command-1'), {
            validForMonths: 24,
            renewalWindowDays: 90,
          }),
        ],
      });
  });

  it('appends nothing while an earlier generation is under way', async () => {
    await spec
      .given({
        ...featureOn,
        ...trainingWithCertificate,
        ...completed,
        [certificateStream]: [requested('earlier')],
      })
      .when((write, context) => generateCertificate(write, context, generate))
      .thenNothingHappens();
  });

  it('is refused for a learner who has not completed the training', async () => {
    await spec
      .given({ ...featureOn, ...trainingWithCertificate, ...enrolled })
      .when((write, context) => generateCertificate(write, context, generate))
      .thenThrows('not-completed');
  });

  it("is refused while the tenant's certificates feature is off", async () => {
    await spec
      .given({ ...trainingWithCertificate, ...completed })
      .when((write, context) => generateCertificate(write, context, generate))
      .thenThrows('feature-inactive');
  });

  it('is refused for a training that does not exist in the tenant', async () => {
    await spec
      .given({ ...featureOn, ...completed })
      .when((write, context) => generateCertificate(write, context, generate))
      .thenThrows('not-found');
  });
});
