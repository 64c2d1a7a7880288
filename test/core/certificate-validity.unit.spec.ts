import {
  DEFAULT_RENEWAL_WINDOW_DAYS,
  expiryNoticesDue,
  isExpired,
  isRenewalOpen,
  renewalWindowOf,
  type ValidityFacts,
  validOnDay,
} from '../../src/core/certificate-validity';

const issued: ValidityFacts = {
  issuedAt: '2026-03-01T09:00:00.000Z',
  validUntil: null,
  revokedAt: null,
  deletedAt: null,
  erasedAt: null,
};

describe('[R-validity-months] Whether a certificate is expired', () => {
  it('is expired from its validUntil instant on, and never without one', () => {
    const until = '2027-03-01T09:00:00.000Z';
    expect(isExpired(until, new Date('2027-03-01T08:59:59.999Z'))).toBe(false);
    expect(isExpired(until, new Date(until))).toBe(true);
    expect(isExpired(null, new Date('2999-01-01T00:00:00.000Z'))).toBe(false);
    expect(isExpired(undefined, new Date('2999-01-01T00:00:00.000Z'))).toBe(false);
  });
});

describe('The renewal window of an assignment', () => {
  it('is none without a validity, the given days with one, else the default', () => {
    expect(renewalWindowOf({})).toBeNull();
    expect(renewalWindowOf({ validForMonths: null, renewalWindowDays: 30 })).toBeNull();
    expect(renewalWindowOf({ validForMonths: 12, renewalWindowDays: 30 })).toBe(30);
    expect(renewalWindowOf({ validForMonths: 12 })).toBe(DEFAULT_RENEWAL_WINDOW_DAYS);
  });

  it('opens that many days before validUntil, to the millisecond, and stays open after expiry', () => {
    const until = '2027-03-01T09:00:00.000Z';
    expect(isRenewalOpen(until, 30, new Date('2027-01-30T08:59:59.999Z'))).toBe(false);
    expect(isRenewalOpen(until, 30, new Date('2027-01-30T09:00:00.000Z'))).toBe(true);
    expect(isRenewalOpen(until, 30, new Date('2030-01-01T00:00:00.000Z'))).toBe(true);
  });
});

describe('[R-valid-on-date] Whether a certificate was valid on a whole UTC day', () => {
  it('is valid on every day from the one after its issue, with nothing that ended it', () => {
    expect(validOnDay(issued, '2026-03-02')).toEqual({
      date: '2026-03-02',
      valid: true,
      reason: 'valid',
    });
    expect(validOnDay({ ...issued, issuedAt: '2026-03-02T00:00:00.000Z' }, '2026-03-02')).toEqual({
      date: '2026-03-02',
      valid: true,
      reason: 'valid',
    });
  });

  it('is not yet issued on a day it was issued during', () => {
    expect(validOnDay(issued, '2026-03-01')).toEqual({
      date: '2026-03-01',
      valid: false,
      reason: 'not-yet-issued',
    });
    expect(validOnDay(issued, '2026-02-01').reason).toBe('not-yet-issued');
  });

  it.each([
    ['validUntil', 'expired'],
    ['revokedAt', 'revoked'],
    ['deletedAt', 'deleted'],
    ['erasedAt', 'erased'],
  ] as const)('is not valid on a day %s falls in, or after, naming it (%s)', (field, reason) => {
    const ended = { ...issued, [field]: '2026-06-10T23:59:59.999Z' };
    expect(validOnDay(ended, '2026-06-10')).toEqual({ date: '2026-06-10', valid: false, reason });
    expect(validOnDay(ended, '2026-07-01').reason).toBe(reason);
    // Ended at the next midnight: the whole day was valid.
    const atMidnight = { ...issued, [field]: '2026-06-11T00:00:00.000Z' };
    expect(validOnDay(atMidnight, '2026-06-10').valid).toBe(true);
    expect(validOnDay(atMidnight, '2026-06-11').valid).toBe(false);
  });

  it('names the first of several endings, whatever their order in the facts', () => {
    const facts = {
      ...issued,
      validUntil: '2026-09-01T00:00:00.000Z',
      revokedAt: '2026-08-01T12:00:00.000Z',
      deletedAt: '2026-08-01T11:00:00.000Z',
      erasedAt: '2026-08-15T00:00:00.000Z',
    };
    expect(validOnDay(facts, '2026-10-01').reason).toBe('deleted');
    expect(validOnDay({ ...facts, deletedAt: null }, '2026-10-01').reason).toBe('revoked');
    expect(validOnDay({ ...facts, deletedAt: null, revokedAt: null }, '2026-10-01').reason).toBe(
      'erased',
    );
    // At the same instant, expiry comes first, then revocation, deletion and erasure.
    const together = '2026-08-01T11:00:00.000Z';
    const tied = { ...facts, validUntil: together, revokedAt: together, erasedAt: together };
    expect(validOnDay(tied, '2026-10-01').reason).toBe('expired');
    expect(validOnDay({ ...tied, validUntil: null }, '2026-10-01').reason).toBe('revoked');
    // One that ends after the day does not hide one that ended in it.
    expect(validOnDay(facts, '2026-08-01').reason).toBe('deleted');
  });
});

describe('[R-expiry-reminders] The expiry notices of a certificate not generated', () => {
  it('are none, even at the cut-off of its validUntil', () => {
    const facts = {
      generatedAt: null,
      validUntil: '2027-03-01T00:00:00.000Z',
      revokedAt: null,
      deletedAt: null,
      renewed: false,
    };
    const cutoff = new Date('2027-03-01T00:00:00.000Z');
    expect(expiryNoticesDue(facts, [30, 7, 1], cutoff)).toEqual([]);
    expect(
      expiryNoticesDue({ ...facts, generatedAt: '2026-03-01T00:00:00.000Z' }, [], cutoff),
    ).toEqual([null]);
  });
});
