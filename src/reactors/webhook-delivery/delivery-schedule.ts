import type { DeliveryDoc } from '../../read/webhooks/webhook-deliveries';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The waits after each failed attempt (Standard Webhooks' reference schedule): eight attempts
 * over 27 h 35 min, so an endpoint down for a day still gets every message.
 */
export const RETRY_DELAYS_MS = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

/** The delivery after an attempt at `at` that the receiver answered with `status` (null: none). */
export function afterAttempt(doc: DeliveryDoc, status: number | null, at: Date): DeliveryDoc {
  const attempts = doc.attempts + 1;
  const attemptAt = at.toISOString();
  const attempted = {
    ...doc,
    attempts,
    lastStatus: status,
    lastAttemptAt: attemptAt,
    firstAttemptAt: doc.firstAttemptAt ?? attemptAt,
  };
  // Stryker disable next-line ConditionalExpression: null >= 200 is false as well
  if (status !== null && status >= 200 && status < 300)
    return { ...attempted, state: 'delivered', nextAttemptAt: null };
  const delay = RETRY_DELAYS_MS[attempts - 1];
  if (delay === undefined) return { ...attempted, state: 'failed', nextAttemptAt: null };
  return {
    ...attempted,
    state: 'failing',
    nextAttemptAt: new Date(at.getTime() + delay).toISOString(),
  };
}
