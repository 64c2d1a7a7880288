import { addDays } from './utc-day';

/**
 * SPEC §1: `expired` is decided by one rule, the same in every view and on the write side. A
 * certificate with a `validUntil` is expired from that instant on; without one it never expires.
 */
export function isExpired(validUntil: string | null | undefined, at: Date): boolean {
  // Stryker disable next-line ConditionalExpression: Date.parse of null or undefined is NaN, which compares false
  return typeof validUntil === 'string' && at.getTime() >= Date.parse(validUntil);
}

/** An assignment with a validity and no renewal window given opens renewal this many days early. */
export const DEFAULT_RENEWAL_WINDOW_DAYS = 90;

/** An assignment recorded before renewal existed opens renewal at the default window. */
export function renewalWindowOf(data: {
  readonly validForMonths?: number | null;
  readonly renewalWindowDays?: number;
}): number | null {
  if (data.validForMonths === undefined || data.validForMonths === null) return null;
  return data.renewalWindowDays ?? DEFAULT_RENEWAL_WINDOW_DAYS;
}

/** When renewal opens for a certificate valid until `validUntil`; it stays open after expiry. */
export function renewalOpensAt(validUntil: string, windowDays: number): Date {
  return addDays(new Date(validUntil), -windowDays);
}

export function isRenewalOpen(validUntil: string, windowDays: number, at: Date): boolean {
  return at.getTime() >= renewalOpensAt(validUntil, windowDays).getTime();
}

export type ValidOnReason =
  'valid' | 'not-yet-issued' | 'expired' | 'revoked' | 'deleted' | 'erased';

/** What ended (or may end) a certificate's validity, each null when it did not happen. */
export interface ValidityFacts {
  readonly issuedAt: string;
  readonly validUntil: string | null;
  readonly revokedAt: string | null;
  readonly deletedAt: string | null;
  readonly erasedAt: string | null;
}

/**
 * Was the certificate valid during the whole UTC day `day` ('YYYY-MM-DD')? Valid means issued
 * by the day's first instant and nothing ended it before the day's last: expiring, revoked,
 * deleted or erased at or after the next midnight still counts as valid. When several things
 * ended it, the reason is the first of them.
 */
export function validOnDay(
  facts: ValidityFacts,
  day: string,
): { date: string; valid: boolean; reason: ValidOnReason } {
  const start = Date.parse(`${day}T00:00:00.000Z`);
  const end = start + 86_400_000;
  if (Date.parse(facts.issuedAt) > start)
    return { date: day, valid: false, reason: 'not-yet-issued' };
  const endings: [string | null, ValidOnReason][] = [
    [facts.validUntil, 'expired'],
    [facts.revokedAt, 'revoked'],
    [facts.deletedAt, 'deleted'],
    [facts.erasedAt, 'erased'],
  ];
  let first: { at: number; reason: ValidOnReason } | null = null;
  for (const [time, reason] of endings) {
    // Stryker disable next-line ConditionalExpression: Date.parse(null) is NaN, which compares false
    if (time === null) continue;
    const at = Date.parse(time);
    if (at < end && (first === null || at < first.at)) first = { at, reason };
  }
  return first
    ? { date: day, valid: false, reason: first.reason }
    : { date: day, valid: true, reason: 'valid' };
}

/** What decides whether a certificate's expiry notices are due (SPEC §1 "Notifications"). */
export interface ExpiryNoticeFacts {
  readonly generatedAt: string | null;
  readonly validUntil: string | null;
  readonly revokedAt: string | null;
  readonly deletedAt: string | null;
  /** A certificate of a later cycle renews it: its learner needs no reminder. */
  readonly renewed: boolean;
}

/**
 * The notices due at the daily cut-off `cutoff`: each reminder offset (days before validUntil)
 * and the expiry itself (null) whose moment fell after the previous cut-off and at or before
 * this one. A reminder whose moment passed before the certificate was generated is never
 * due; a certificate revoked or deleted by the cut-off gets none. Only facts recorded with
 * their times are read, so the same log gives the same notices whenever it is read.
 */
export function expiryNoticesDue(
  facts: ExpiryNoticeFacts,
  reminderDays: readonly number[],
  cutoff: Date,
): (number | null)[] {
  const { generatedAt, validUntil, revokedAt, deletedAt } = facts;
  // Stryker disable next-line ConditionalExpression: new Date(null) is 1970, before any cut-off
  if (validUntil === null) return [];
  if (generatedAt === null) return [];
  // Stryker disable next-line ConditionalExpression: Date.parse(null) is NaN, which compares false
  const endedBy = (time: string | null) => time !== null && Date.parse(time) <= cutoff.getTime();
  if (endedBy(revokedAt) || endedBy(deletedAt)) return [];
  const previous = addDays(cutoff, -1).getTime();
  const within = (moment: Date) => moment.getTime() > previous && moment <= cutoff;
  const until = new Date(validUntil);
  const reminders = facts.renewed
    ? []
    : reminderDays.filter((days) => {
        const moment = addDays(until, -days);
        return within(moment) && Date.parse(generatedAt) <= moment.getTime();
      });
  return within(until) ? [...reminders, null] : reminders;
}
