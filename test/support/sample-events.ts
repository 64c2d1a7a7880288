import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '../../src/event-store/event-store';

/** An event with valid metadata, for tests that exercise storage rather than the domain. */
export function sampleEvent(
  type = 'LearningProgressRecorded',
  data: Record<string, unknown> = { trainingId: 'c1', learnerId: 'l1', percent: 10 },
  eventId = randomUUID(),
): EventToAppend {
  return {
    eventId,
    type,
    data,
    metadata: {
      tenant: 'acme',
      actor: { id: 'tester', roles: ['admin'] },
      occurredAt: new Date().toISOString(),
      command: 'RecordProgress',
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      eventVersion: 1,
    },
  };
}

export function uniqueStream(category = 'enrollment'): string {
  return `${category}-acme:${randomUUID()}`;
}
