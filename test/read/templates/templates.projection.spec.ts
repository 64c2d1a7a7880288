import { ProjectionSpecification } from '../../support/projection-specification';
import { TEMPLATES, templatesProjection } from '../../../src/read/templates/templates.projection';

const spec = ProjectionSpecification.for(templatesProjection);
const page = { size: 'A4' as const, orientation: 'landscape' as const };
const created = {
  tenant: 'acme',
  occurredAt: '2026-03-02T09:00:00.000Z',
  event: {
    type: 'CertificateTemplateCreated' as const,
    data: {
      ...{ templateId: 'tpl1', kind: 'author' as const, title: 'Diploma', language: 'en' },
      ...{ ownerTenantId: 'acme', createdBy: 'author-1', createdAt: '2026-03-02T09:00:00.000Z' },
    },
  },
};
const published = (version: number, publishedAt: string) => ({
  tenant: 'acme',
  occurredAt: publishedAt,
  event: {
    type: 'CertificateTemplateVersionPublished' as const,
    data: {
      ...{ templateId: 'tpl1', version, note: null, publishedAt, publishedBy: 'author-1' },
      ...{ html: `<h1>v${version}</h1>`, css: '', page },
    },
  },
});

describe('The templates projection', () => {
  it('lists a template under its owner with every version published, newest last', () => {
    spec
      .given([
        created,
        published(1, '2026-03-02T09:00:00.000Z'),
        published(2, '2026-03-03T09:00:00.000Z'),
      ])
      .then({
        [TEMPLATES]: {
          'acme:tpl1': {
            _id: 'acme:tpl1',
            ...{ owner: 'acme', templateId: 'tpl1', kind: 'author', title: 'Diploma' },
            ...{ language: 'en', createdBy: 'author-1', latestVersion: 2 },
            versions: [
              { version: 1, publishedAt: '2026-03-02T09:00:00.000Z', publishedBy: 'author-1' },
              { version: 2, publishedAt: '2026-03-03T09:00:00.000Z', publishedBy: 'author-1' },
            ],
          },
        },
      });
  });
});
