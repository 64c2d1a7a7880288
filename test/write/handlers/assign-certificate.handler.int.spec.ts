import { tenantWide } from '../../../src/core/access-scope';
import { PLATFORM_TENANT, streams } from '../../../src/core/stream-names';
import { assignCertificate } from '../../../src/write/trainings/application/assign-certificate.handler';
import {
  type Handler,
  HandlerSpecification,
  type Streams,
} from '../../support/handler-specification';

const now = new Date('2026-03-02T10:00:00.000Z');
const spec = HandlerSpecification.at(now);
const page = { size: 'A4' as const, orientation: 'landscape' as const };
const assign =
  (templateId: string, version: number, validForMonths: number | null = null): Handler =>
  (write, context) =>
    assignCertificate(write, context, {
      ...{ scope: tenantWide, trainingId: 't1', templateId, version, validForMonths },
      renewalWindowDays: null,
    });

const featureOn: Streams = {
  [streams.certificatesFeature('acme')]: [
    { type: 'CertificatesFeatureEnabled', data: { tenantId: 'acme' } },
  ],
};
const training: Streams = {
  [streams.training('acme', 't1')]: [
    {
      type: 'TrainingCreated',
      data: { trainingId: 't1', type: 'course', title: 'Safety', groupId: null },
    },
  ],
};
/** A classic template every tenant sees, in the platform's stream, with two versions. */
const classic: Streams = {
  [streams.template(PLATFORM_TENANT, 'classic-en')]: [
    {
      type: 'CertificateTemplateCreated',
      data: {
        ...{ templateId: 'classic-en', kind: 'classic', title: 'Classic', language: 'en' },
        ...{ ownerTenantId: null, createdBy: 'system', createdAt: '2026-03-01T00:00:00.000Z' },
      },
    },
    ...[1, 2].map((version) => ({
      type: 'CertificateTemplateVersionPublished' as const,
      data: {
        ...{ templateId: 'classic-en', version, note: null, html: '<h1>Hi</h1>', css: '', page },
        ...{ publishedAt: '2026-03-01T00:00:00.000Z', publishedBy: 'system' },
      },
    })),
  ],
};

describe("AssignCertificate, against the training's and the template's streams", () => {
  it("assigns a version of a classic template from the platform's stream", async () => {
    await spec
      .given({ ...featureOn, ...training, ...classic })
      .when(assign('classic-en', 2))
      .then({
        [streams.training('acme', 't1')]: [
          {
            type: 'CertificateAssigned',
            data: {
              ...{ trainingId: 't1', templateId: 'classic-en', version: 2 },
              ...{ assignedAt: now.toISOString(), assignedBy: 'admin-1' },
            },
          },
        ],
      });
  });

  it('records a validity in months with the assignment', async () => {
    await spec
      .given({ ...featureOn, ...training, ...classic })
      .when(assign('classic-en', 1, 36))
      .then({
        [streams.training('acme', 't1')]: [
          {
            type: 'CertificateAssigned',
            data: {
              ...{ trainingId: 't1', templateId: 'classic-en', version: 1, validForMonths: 36 },
              renewalWindowDays: 90,
              ...{ assignedAt: now.toISOString(), assignedBy: 'admin-1' },
            },
          },
        ],
      });
  });

  it('is refused for a version the template does not have', async () => {
    await spec
      .given({ ...featureOn, ...training, ...classic })
      .when(assign('classic-en', 3))
      .thenThrows('version-not-found');
  });

  it('is refused for a template the tenant cannot see', async () => {
    await spec
      .given({ ...featureOn, ...training, ...classic })
      .when(assign('someone-elses', 1))
      .thenThrows('template-not-found');
  });
});
