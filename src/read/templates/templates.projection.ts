import type { Doc } from '../../read-store/read-store';
import type { TemplateEvent } from '../../events/template.events';
import type { Projection } from '../../projections/projection';

export interface TemplateVersionSummary {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
}

export interface TemplateDoc extends Doc {
  /** The owning tenant, or `_platform` for classic templates offered to every tenant. */
  readonly owner: string;
  readonly templateId: string;
  readonly kind: 'classic' | 'author';
  readonly title: string;
  readonly language: string;
  readonly createdBy: string;
  readonly latestVersion: number;
  readonly versions: readonly TemplateVersionSummary[];
}

export const TEMPLATES = 'templates';

export const templateKey = (owner: string, templateId: string) => `${owner}:${templateId}`;

/** The template catalogue: each template with every version's number, time and author. */
export const templatesProjection: Projection<TemplateEvent> = {
  name: 'templates',
  collections: [{ name: TEMPLATES, indexes: [['owner', 'kind']] }],
  handles: ['CertificateTemplateCreated', 'CertificateTemplateVersionPublished'],
  project: (event) => {
    const owner = event.metadata.tenant;
    switch (event.type) {
      case 'CertificateTemplateCreated': {
        const { templateId, kind, title, language, createdBy } = event.data;
        const doc: TemplateDoc = {
          _id: templateKey(owner, templateId),
          ...{ owner, templateId, kind, title, language, createdBy },
          latestVersion: 0,
          versions: [],
        };
        // Stryker disable next-line BooleanLiteral: `creates` only spares reading a document whose id is new
        return [{ collection: TEMPLATES, id: doc._id, update: () => doc, creates: true }];
      }
      case 'CertificateTemplateVersionPublished': {
        const { templateId, version, publishedAt, publishedBy } = event.data;
        return [
          {
            collection: TEMPLATES,
            id: templateKey(owner, templateId),
            update: (current) => {
              const doc = current as TemplateDoc;
              const versions = [...doc.versions, { version, publishedAt, publishedBy }];
              return { ...doc, latestVersion: version, versions };
            },
          },
        ];
      }
    }
  },
};
