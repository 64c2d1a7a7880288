import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, utcMidnight } from './contract';

export const dailyCutoffPassedV1 = z
  .strictObject({
    cutoff: utcMidnight().describe('The UTC midnight that passed.'),
    day: z.iso.date().describe('The UTC date that starts at the cut-off.'),
  })
  .describe(
    'The UTC day started: every event before this marker in the log belongs to earlier days.',
  );

/** The daily 00:00 UTC report cut-off, recorded in the log as it passes. */
export type DailyCutoffEvent = DomainEvent<
  'DailyCutoffPassed',
  z.infer<typeof dailyCutoffPassedV1>
>;

export const DAILY_CUTOFF_EVENTS = {
  DailyCutoffPassed: { 1: dailyCutoffPassedV1 },
} as const satisfies EventSchemasOf<DailyCutoffEvent>;
