import { z } from 'zod';
import { contract, named } from './contract-registry';

// Timestamps and positions are inlined rather than named: OpenAPI 3.0 cannot make a $ref nullable.
export const TimestampSchema = z.string().register(contract, {
  format: 'date-time',
  description: 'ISO 8601, UTC',
});

export const PositionSchema = z.string().register(contract, {
  pattern: '^\\d{1,20}$',
  description: 'A position in the platform-wide event log (send it as X-Consistent-With)',
});

export const CommandAnswerSchema = named('CommandAnswer', z.object({ position: PositionSchema }), {
  description: 'The command was recorded (or changed nothing): the log position of its last event',
  example: { position: '1042' },
});
