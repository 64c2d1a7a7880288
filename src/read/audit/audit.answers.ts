import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';
import { PositionSchema } from '../../http/contract/common.schemas';

export const AuditEventSchema = named(
  'AuditEvent',
  z.object({
    position: PositionSchema,
    stream: z.string(),
    revision: z.string().regex(/^\d+$/),
    type: z.string().meta({ description: 'A type of event-schemas/ (past tense, PascalCase)' }),
    data: z.record(z.string(), z.unknown()),
    metadata: z.record(z.string(), z.unknown()).meta({
      description: 'Who caused it, the tenant, when, the command, correlation and causation ids',
    }),
  }),
);

export const AuditPageSchema = named(
  'AuditPage',
  z.object({ events: z.array(AuditEventSchema), next: PositionSchema.nullable() }),
  {
    description: 'A page of the log, oldest first; `next` is the `after` of the next page',
    example: {
      events: [
        {
          position: '17',
          stream: 'feature-acme',
          revision: '0',
          type: 'CertificatesFeatureSet',
          data: { enabled: true },
          metadata: { tenant: 'acme', occurredAt: '2026-03-14T09:00:00.000Z' },
        },
      ],
      next: null,
    },
  },
);
