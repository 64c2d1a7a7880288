import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';
import { TimestampSchema } from '../../http/contract/common.schemas';

export const CertificateArchiveSchema = named(
  'CertificateArchive',
  z.object({
    archiveId: z.string(),
    trainingId: z.string(),
    status: z.enum(['pending', 'running', 'done', 'failed', 'expired', 'deleted']),
    requestedAt: TimestampSchema,
    requestedBy: z.string(),
    asOf: z.iso.date().optional(),
    completedAt: TimestampSchema.optional(),
    count: z.number().int().min(0).optional(),
    size: z.number().int().min(0).optional(),
    sha256: z.string().optional(),
    expiresAt: TimestampSchema.optional(),
  }),
  {
    description:
      'A certificate archive job; a done one is downloaded as ZIP until `expiresAt` has passed a daily cut-off (`expired`) or an erasure removed it (`deleted`).',
    example: {
      archiveId: '8a2d4c6e-1b3f-5a7c-9e0d-2f4b6a8c0e13',
      trainingId: 'safety-101',
      status: 'done',
      requestedAt: '2026-03-14T10:00:00.000Z',
      requestedBy: 'admin-1',
      asOf: '2026-03-01',
      completedAt: '2026-03-14T10:00:03.250Z',
      count: 42,
      size: 2318844,
      sha256: '3b7e1f0c9a2d4e6f8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a',
      expiresAt: '2026-03-21T10:00:03.250Z',
    },
  },
);

export const CertificateArchiveListSchema = named(
  'CertificateArchiveList',
  z.array(CertificateArchiveSchema),
  { description: 'The certificate archives, newest first' },
);
