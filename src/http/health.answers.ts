import { z } from 'zod';
import { named } from './contract/contract-registry';
import { PositionSchema } from './contract/common.schemas';

export const HealthSchema = named(
  'Health',
  z.object({
    status: z.enum(['ok', 'degraded']).meta({
      description: '`degraded`: a store cannot write (see `storage`); reads still answer',
    }),
    log: z.object({ head: PositionSchema }),
    storage: z.object({
      status: z.enum(['ok', 'full']),
      store: z
        .enum(['event-store', 'read-store', 'file-store', 'personal-data-keys', 'data-dir'])
        .optional()
        .meta({
          description:
            'The store a write failed in for want of space, or data-dir when its disk is nearly full',
        }),
      freeBytes: z
        .number()
        .int()
        .min(0)
        .meta({ description: "Free space of DATA_DIR's file system" }),
    }),
    projections: z.array(
      z.object({
        name: z.string(),
        checkpoint: PositionSchema.nullable(),
        lag: z.string().meta({ description: 'Events after the checkpoint, counted up to 10,000' }),
      }),
    ),
  }),
  {
    description:
      'The event log can be read; whether the stores can write; how far behind the log each projection is',
    example: {
      status: 'ok',
      log: { head: '1042' },
      storage: { status: 'ok', freeBytes: 52_428_800 },
      projections: [{ name: 'trainings', checkpoint: '1042', lag: '0' }],
    },
  },
);
