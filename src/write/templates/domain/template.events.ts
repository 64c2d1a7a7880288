import type { DomainEvent } from '../../../core/decider';

export type TemplateKind = 'classic' | 'author';
export type PageSize = 'A4' | 'Letter';
export type PageOrientation = 'landscape' | 'portrait';

export interface TemplateContent {
  readonly html: string;
  readonly css: string;
  readonly page: { readonly size: PageSize; readonly orientation: PageOrientation };
}

export type TemplateEvent =
  | DomainEvent<
      'CertificateTemplateCreated',
      {
        templateId: string;
        kind: TemplateKind;
        title: string;
        language: string;
        /** null for classic templates offered to every tenant. */
        ownerTenantId: string | null;
        createdBy: string;
        createdAt: string;
      }
    >
  | DomainEvent<
      'CertificateTemplateVersionPublished',
      TemplateContent & {
        templateId: string;
        version: number;
        note: string | null;
        publishedAt: string;
        publishedBy: string;
      }
    >;
