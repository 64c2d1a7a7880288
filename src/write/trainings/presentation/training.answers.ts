import { z } from 'zod';
import { named } from '../../../http/contract/contract-registry';
import { PositionSchema, TimestampSchema } from '../../../http/contract/common.schemas';

export const TrainingTypeSchema = z.enum(['course', 'pathway', 'learning-program']);

export const TrainingCreatedSchema = named(
  'TrainingCreated',
  z.object({ trainingId: z.string(), position: PositionSchema }),
  {
    description: 'The training (its id, given or made up) and the log position',
    example: { trainingId: 'safety-101', position: '12' },
  },
);

export const TrainingSchema = named(
  'Training',
  z.object({
    trainingId: z.string(),
    type: TrainingTypeSchema,
    title: z.string(),
    groupId: z.string().nullable(),
    certificate: z
      .object({
        templateId: z.string(),
        version: z.number().int().min(1),
        assignedAt: TimestampSchema,
        assignedBy: z.string(),
        validForMonths: z.number().int().min(1).max(120).nullable(),
        renewalWindowDays: z.number().int().min(1).max(365).nullable(),
      })
      .nullable(),
  }),
  {
    description: 'A training with its certificate assignment (null: none)',
    example: {
      trainingId: 'safety-101',
      type: 'course',
      title: 'Safety 101',
      groupId: null,
      certificate: {
        templateId: 'classic-en',
        version: 1,
        assignedAt: '2026-03-14T09:26:53.589Z',
        assignedBy: 'admin-1',
        validForMonths: null,
        renewalWindowDays: null,
      },
    },
  },
);
