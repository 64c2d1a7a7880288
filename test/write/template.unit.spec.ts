import { fold } from '../../src/core/decider';
import {
  template,
  type TemplateCommand,
  type TemplateEdit,
} from '../../src/write/templates/domain/template';
import type { TemplateContent, TemplateEvent } from '../../src/events/template.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(template);
const templateId = 'tpl-1';
const author = 'author-1';
const createdAt = new Date('2026-03-02T10:00:00Z');
const v2At = new Date('2026-03-03T11:00:00Z');
const v3At = new Date('2026-03-04T12:00:00Z');

const original: TemplateContent = {
  html: '<h1>{{learner.name}}</h1>',
  css: 'h1 { color: navy; }',
  page: { size: 'A4', orientation: 'landscape' },
};

const create = (overrides: Partial<Extract<TemplateCommand, { type: 'CreateTemplate' }>> = {}) =>
  ({
    type: 'CreateTemplate',
    templateId,
    kind: 'author',
    title: 'Diploma',
    language: 'en',
    ownerTenantId: 'acme',
    content: original,
    note: null,
    by: author,
    at: createdAt,
    ...overrides,
  }) satisfies TemplateCommand;

const publish = (content: TemplateEdit, at: Date, by = author, note: string | null = null) =>
  ({ type: 'PublishTemplateVersion', templateId, content, note, by, at }) satisfies TemplateCommand;

const created: TemplateEvent = {
  type: 'CertificateTemplateCreated',
  data: {
    templateId,
    kind: 'author',
    title: 'Diploma',
    language: 'en',
    ownerTenantId: 'acme',
    createdBy: author,
    createdAt: createdAt.toISOString(),
  },
};

const published = (
  version: number,
  content: TemplateContent,
  at: Date,
  by = author,
  note: string | null = null,
): TemplateEvent => ({
  type: 'CertificateTemplateVersionPublished',
  data: { templateId, version, ...content, note, publishedAt: at.toISOString(), publishedBy: by },
});

describe('Certificate template', () => {
  describe('creating', () => {
    it('[R-template-versions-immutable] creates the template and publishes it as version 1', () => {
      spec
        .given([])
        .when(create())
        .then([created, published(1, original, createdAt)]);
    });

    it('[R-template-kinds] creates a classic template offered to every tenant (no owner)', () => {
      spec
        .given([])
        .when(create({ kind: 'classic', ownerTenantId: null, note: 'product default', by: 'op' }))
        .then([
          {
            type: 'CertificateTemplateCreated',
            data: {
              templateId,
              kind: 'classic',
              title: 'Diploma',
              language: 'en',
              ownerTenantId: null,
              createdBy: 'op',
              createdAt: createdAt.toISOString(),
            },
          },
          published(1, original, createdAt, 'op', 'product default'),
        ]);
    });

    it('refuses to create a template that already exists', () => {
      spec
        .given([created, published(1, original, createdAt)])
        .when(create())
        .thenThrows('already-exists');
    });
  });

  describe('publishing a new version', () => {
    it('[R-template-versions-immutable] publishes version n+1, recording when and by whom', () => {
      const edit: TemplateContent = { ...original, html: '<h1>Well done {{learner.name}}</h1>' };
      spec
        .given([created, published(1, original, createdAt)])
        .when(publish(edit, v2At, 'author-2', 'friendlier title'))
        .then([published(2, edit, v2At, 'author-2', 'friendlier title')]);
    });

    it('[R-template-versions-immutable] numbers versions one by one from the latest', () => {
      const history = [created, published(1, original, createdAt), published(2, original, v2At)];
      spec
        .given(history)
        .when(publish(original, v3At))
        .then([published(3, original, v3At)]);
    });

    it('keeps the latest version’s CSS and page when the edit leaves them out', () => {
      // Given version 2 changed the CSS and page of version 1
      const v2: TemplateContent = {
        html: '<h1>v2</h1>',
        css: 'h1 { color: crimson; }',
        page: { size: 'Letter', orientation: 'portrait' },
      };
      spec
        .given([created, published(1, original, createdAt), published(2, v2, v2At)])
        // When an edit sends only HTML
        .when(publish({ html: '<h1>v3</h1>' }, v3At))
        // Then version 3 keeps version 2's CSS and page, not version 1's
        .then([published(3, { ...v2, html: '<h1>v3</h1>' }, v3At)]);
    });

    it('uses the CSS and page the edit gives', () => {
      const edit: TemplateContent = {
        html: '<h1>v2</h1>',
        css: '',
        page: { size: 'Letter', orientation: 'portrait' },
      };
      spec
        .given([created, published(1, original, createdAt)])
        .when(publish(edit, v2At))
        .then([published(2, edit, v2At)]);
    });

    it('keeps every published version’s content, version 1 first: what a certificate renders from', () => {
      const v2: TemplateContent = { ...original, html: '<h1>v2</h1>' };
      expect(fold(template, []).versions).toEqual([]);
      expect(
        fold(template, [created, published(1, original, createdAt), published(2, v2, v2At)])
          .versions,
      ).toEqual([original, v2]);
    });

    it('refuses to publish to a template that does not exist', () => {
      spec.given([]).when(publish(original, v2At)).thenThrows('template-not-found');
    });

    it('[R-template-versions-immutable] never changes a published version: only the new version is emitted, past events stay as they were', () => {
      // Given two published versions
      const history: TemplateEvent[] = [
        created,
        published(1, original, createdAt),
        published(2, { ...original, html: '<p>v2</p>' }, v2At),
      ];
      const before = structuredClone(history);
      // When a third version is published (the history is deep-frozen by the specification)
      spec
        .given(history)
        .when(publish({ html: '<p>v3</p>', css: 'p {}' }, v3At))
        // Then the decision holds only version 3 ...
        .then([published(3, { ...original, html: '<p>v3</p>', css: 'p {}' }, v3At)]);
      // ... and versions 1 and 2 are untouched
      expect(history).toEqual(before);
    });
  });
});
