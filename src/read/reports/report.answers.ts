import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';
import { TimestampSchema } from '../../http/contract/common.schemas';

export const ReportSchema = named(
  'Report',
  z.object({
    reportId: z.string(),
    trainingId: z.string(),
    type: z.literal('progress'),
    status: z.enum(['pending', 'running', 'done', 'failed']),
    requestedAt: TimestampSchema,
    requestedBy: z.string(),
    cutoff: TimestampSchema,
    completedAt: TimestampSchema.optional(),
    rowCount: z.number().int().min(0).optional(),
    /** When the file was last written again without an erased learner's name and e-mail. */
    redactedAt: TimestampSchema.optional(),
  }),
  {
    description:
      'A report job of the history; a done one is downloaded as CSV. `redactedAt`: when its file was last written again without an erased learner.',
    example: {
      reportId: '6d0e4b8a-1f3c-4a2e-8b7d-9c5e2f1a0b36',
      trainingId: 'safety-101',
      type: 'progress',
      status: 'done',
      requestedAt: '2026-03-14T10:00:00.000Z',
      requestedBy: 'admin-1',
      cutoff: '2026-03-14T00:00:00.000Z',
      completedAt: '2026-03-14T10:00:01.250Z',
      rowCount: 2,
    },
  },
);

export const ReportListSchema = named('ReportList', z.array(ReportSchema), {
  description: 'The report history, newest first',
});
