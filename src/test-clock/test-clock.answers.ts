import { z } from 'zod';
import { named } from '../http/contract/contract-registry';
import { PositionSchema, TimestampSchema } from '../http/contract/common.schemas';

export const TestClockSchema = named('TestClock', z.object({ now: TimestampSchema }), {
  description: "The test clock's time",
  example: { now: '2026-03-15T00:00:00.000Z' },
});

export const TestClockMovedSchema = named(
  'TestClockMoved',
  z.object({ now: TimestampSchema, position: PositionSchema }),
  {
    description: 'The clock moved; the cut-off markers that fell due are in the log',
    example: { now: '2026-03-15T00:00:00.000Z', position: '210' },
  },
);
