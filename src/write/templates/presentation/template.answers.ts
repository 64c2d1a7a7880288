import { z } from 'zod';
import { named } from '../../../http/contract/contract-registry';
import { PositionSchema, TimestampSchema } from '../../../http/contract/common.schemas';

export const TemplateVersionPublishedSchema = named(
  'TemplateVersionPublished',
  z.object({
    templateId: z.string(),
    version: z.number().int().min(1),
    position: PositionSchema,
  }),
  {
    description: 'The template and the number of the version just published (1 when created)',
    example: { templateId: 'b3c1f0e2-5a8d-4f5e-9d0a-2b7c6e1f4a90', version: 2, position: '311' },
  },
);

export const TemplateSchema = named(
  'Template',
  z.object({
    templateId: z.string(),
    kind: z.enum(['classic', 'author']),
    title: z.string(),
    language: z.string(),
    createdBy: z.string(),
    latestVersion: z.number().int(),
    versions: z.array(
      z.object({
        version: z.number().int().min(1),
        publishedAt: TimestampSchema,
        publishedBy: z.string(),
      }),
    ),
  }),
  {
    description: 'A template with every immutable version',
    example: {
      templateId: 'classic-en',
      kind: 'classic',
      title: 'Classic (English)',
      language: 'en',
      createdBy: 'system',
      latestVersion: 1,
      versions: [{ version: 1, publishedAt: '2026-01-01T00:00:00.000Z', publishedBy: 'system' }],
    },
  },
);

export const TemplateListSchema = named('TemplateList', z.array(TemplateSchema), {
  description: 'The templates the caller can see, by title',
});
