import { z } from 'zod';
import { named } from './contract/contract-registry';
import { PositionSchema } from './contract/common.schemas';

export const HealthSchema = named(
  'Health',
  z.object({
    status: z.literal('ok'),
    log: z.object({ head: PositionSchema }),
    projections: z.array(
      z.object({
        name: z.string(),
        checkpoint: PositionSchema.nullable(),
        lag: z.string().meta({ description: 'Events after the checkpoint, counted up to 10,000' }),
      }),
    ),
  }),
  {
    description: 'The event log can be read; how far behind it each projection is',
    example: {
      status: 'ok',
      log: { head: '1042' },
      projections: [{ name: 'trainings', checkpoint: '1042', lag: '0' }],
    },
  },
);
