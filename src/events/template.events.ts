import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import {
  type DeepReadonly,
  type EventSchemasOf,
  dateTime,
  id,
  templateVersion,
  userId,
} from './contract';

export const templateKind = z.enum(['classic', 'author']);
export const pageSize = z.enum(['A4', 'Letter']);
export const pageOrientation = z.enum(['landscape', 'portrait']);

export type TemplateKind = z.infer<typeof templateKind>;
export type PageSize = z.infer<typeof pageSize>;
export type PageOrientation = z.infer<typeof pageOrientation>;

/** What a template version renders: its body, its style and its page. */
export const templateContent = z.strictObject({
  html: z
    .string()
    .max(500000)
    .describe('The certificate body, with placeholders filled in at generation.'),
  css: z.string().max(200000),
  page: z.strictObject({ size: pageSize, orientation: pageOrientation }),
});

export type TemplateContent = DeepReadonly<z.infer<typeof templateContent>>;

export const certificateTemplateCreatedV1 = z
  .strictObject({
    // Shorter than other ids, as this schema has always said.
    templateId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$/),
    kind: templateKind,
    title: z.string().min(1).max(200),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
      .describe('BCP 47 language tag of the certificate text.'),
    ownerTenantId: id()
      .nullable()
      .describe(
        'The tenant that owns the template; null for classic templates offered to every tenant.',
      ),
    createdBy: userId().describe('Id of the user who created the template.'),
    createdAt: dateTime(),
  })
  .describe(
    'A certificate template was created, either a classic one offered to every tenant or one authored by a tenant.',
  );

export const certificateTemplateVersionPublishedV1 = z
  .strictObject({
    templateId: id(),
    version: templateVersion().describe(
      '1 for the first version, then one more for each publication.',
    ),
    ...templateContent.shape,
    note: z
      .string()
      .max(1000)
      .nullable()
      .describe('What changed in this version, if the author said.'),
    publishedAt: dateTime(),
    publishedBy: userId().describe('Id of the user who published the version.'),
  })
  .describe(
    'A new immutable version of a certificate template was published; version 1 is published with the template itself.',
  );

type VersionPublished = z.infer<typeof certificateTemplateVersionPublishedV1>;

export type TemplateEvent =
  | DomainEvent<'CertificateTemplateCreated', z.infer<typeof certificateTemplateCreatedV1>>
  | DomainEvent<
      'CertificateTemplateVersionPublished',
      TemplateContent & Omit<VersionPublished, keyof TemplateContent>
    >;

export const TEMPLATE_EVENTS = {
  CertificateTemplateCreated: { 1: certificateTemplateCreatedV1 },
  CertificateTemplateVersionPublished: { 1: certificateTemplateVersionPublishedV1 },
} as const satisfies EventSchemasOf<TemplateEvent>;
