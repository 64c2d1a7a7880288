import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';
import { TimestampSchema } from '../../http/contract/common.schemas';
import { LearningStatusSchema } from '../learner-trainings/learning-record.answers';

export const ProgressReportRowSchema = named(
  'ProgressReportRow',
  z.object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    enrolledAt: TimestampSchema.nullable(),
    progress: z.number().min(0).max(100),
    status: LearningStatusSchema,
    completedAt: TimestampSchema.nullable(),
    certificate: z.string().nullable().meta({ description: "The template's title" }),
    certificateVersion: z.number().int().nullable(),
    certificateDownloadDate: TimestampSchema.nullable(),
    certificateValidUntil: TimestampSchema.nullable(),
    cycle: z.number().int().min(1),
  }),
);

export const ProgressReportAsOfSchema = named(
  'ProgressReportAsOf',
  z.object({
    asOf: z.iso.date(),
    cutoff: TimestampSchema,
    rows: z.array(ProgressReportRowSchema),
  }),
  {
    description: "The training's progress report as of that day's 00:00 UTC cut-off",
    example: {
      asOf: '2026-03-14',
      cutoff: '2026-03-14T00:00:00.000Z',
      rows: [
        {
          userId: 'ana',
          name: 'Ana Núñez',
          email: 'ana@example.com',
          enrolledAt: '2026-03-01T08:00:00.000Z',
          progress: 100,
          status: 'completed',
          completedAt: '2026-03-13T09:20:00.000Z',
          certificate: 'Classic (English)',
          certificateVersion: 1,
          certificateDownloadDate: '2026-03-13T09:26:53.589Z',
          certificateValidUntil: null,
          cycle: 1,
        },
      ],
    },
  },
);
