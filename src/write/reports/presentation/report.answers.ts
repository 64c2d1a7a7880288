import { z } from 'zod';
import { PositionSchema, TimestampSchema } from '../../../http/contract/common.schemas';
import { named } from '../../../http/contract/contract-registry';

export const ReportRequestedSchema = named(
  'ReportRequested',
  z.object({
    reportId: z.string(),
    status: z.literal('pending'),
    cutoff: TimestampSchema.nullable(),
    position: PositionSchema,
  }),
  {
    description: 'The report job, as of the daily cut-off in force',
    example: {
      reportId: '6d0e4b8a-1f3c-4a2e-8b7d-9c5e2f1a0b36',
      status: 'pending',
      cutoff: '2026-03-14T00:00:00.000Z',
      position: '140',
    },
  },
);
