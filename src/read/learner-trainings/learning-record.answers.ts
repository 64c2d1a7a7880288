import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';
import { TimestampSchema } from '../../http/contract/common.schemas';
import { TrainingTypeSchema } from '../../write/trainings/presentation/training.answers';

export const LearningStatusSchema = named(
  'LearningStatus',
  z.enum(['not-started', 'in-progress', 'completed']),
);

export const LearningRecordSchema = named(
  'LearningRecord',
  z.object({
    trainingId: z.string(),
    title: z.string().nullable(),
    type: TrainingTypeSchema.nullable(),
    progress: z.number().min(0).max(100),
    status: LearningStatusSchema,
    enrolledAt: TimestampSchema.nullable(),
    completedAt: TimestampSchema.nullable(),
    cycle: z.number().int().min(1).meta({ description: '1, then one more per renewal' }),
    certificate: z.object({
      status: z
        .enum([
          'unavailable',
          'available',
          'generating',
          'generated',
          'failed',
          'revoked',
          'expired',
        ])
        .meta({ description: 'available: "Generate certificate"; generated: "Open certificate"' }),
      certificateId: z.string().optional(),
      number: z.string().optional().meta({
        description:
          "The certificate's number in its tenant, `<prefix>-<year>-<sequence>`, once given",
      }),
      templateId: z.string().optional(),
      version: z.number().int().min(1).optional(),
      firstGeneratedAt: TimestampSchema.optional(),
      generatedAt: TimestampSchema.optional(),
      validUntil: TimestampSchema.optional(),
      verificationUrl: z.string().optional(),
      linkedInUrl: z.string().optional().meta({
        description:
          "Once generated: LinkedIn's Add to Profile URL, pre-filled with the certification",
      }),
      renews: z.string().optional(),
    }),
    renewal: z
      .object({ opensAt: TimestampSchema, open: z.boolean() })
      .nullable()
      .meta({ description: "The current certificate's renewal window; null: not renewable" }),
    previousCertificates: z.array(
      z.object({
        certificateId: z.string(),
        number: z.string().nullable(),
        status: z.enum(['generating', 'generated', 'failed', 'revoked', 'expired', 'deleted']),
        validUntil: TimestampSchema.nullable(),
        renewedBy: z.string().optional(),
      }),
    ),
  }),
  {
    description: "One of the learner's trainings with progress and certificate",
    example: {
      trainingId: 'safety-101',
      title: 'Safety 101',
      type: 'course',
      progress: 100,
      status: 'completed',
      enrolledAt: '2026-03-01T08:00:00.000Z',
      completedAt: '2026-03-14T09:20:00.000Z',
      cycle: 1,
      certificate: { status: 'available' },
      renewal: null,
      previousCertificates: [],
    },
  },
);

export const LearningRecordListSchema = named('LearningRecordList', z.array(LearningRecordSchema), {
  description: "The learner's trainings, by training id",
});
