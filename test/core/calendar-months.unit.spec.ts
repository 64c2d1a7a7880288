import { addCalendarMonths } from '../../src/core/calendar-months';

const plus = (iso: string, months: number) =>
  addCalendarMonths(new Date(iso), months).toISOString();

describe('Adding calendar months (UTC)', () => {
  it('keeps the day of the month and the time of day', () => {
    expect(plus('2026-03-15T09:30:12.345Z', 1)).toBe('2026-04-15T09:30:12.345Z');
    expect(plus('2026-03-15T09:30:12.345Z', 12)).toBe('2027-03-15T09:30:12.345Z');
  });

  it('moves a day the target month lacks to its last day', () => {
    expect(plus('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(plus('2028-01-31T10:00:00.000Z', 1)).toBe('2028-02-29T10:00:00.000Z');
    expect(plus('2026-03-31T23:59:59.999Z', 1)).toBe('2026-04-30T23:59:59.999Z');
    expect(plus('2026-08-31T00:00:00.000Z', 3)).toBe('2026-11-30T00:00:00.000Z');
  });

  it('counts from Feb 29 to Feb 28 of a year that is not a leap year', () => {
    expect(plus('2028-02-29T12:00:00.000Z', 12)).toBe('2029-02-28T12:00:00.000Z');
    expect(plus('2028-02-29T12:00:00.000Z', 48)).toBe('2032-02-29T12:00:00.000Z');
  });

  it('does not carry a short month into the next one (Feb 28 + 1 month is Mar 28)', () => {
    expect(plus('2026-02-28T08:00:00.000Z', 1)).toBe('2026-03-28T08:00:00.000Z');
  });

  it('crosses years, up to the longest validity (120 months)', () => {
    expect(plus('2026-12-31T18:00:00.000Z', 2)).toBe('2027-02-28T18:00:00.000Z');
    expect(plus('2026-11-30T18:00:00.000Z', 120)).toBe('2036-11-30T18:00:00.000Z');
  });

  it('is in UTC whatever the local time zone: the last instant of a UTC day stays on that day', () => {
    expect(plus('2026-05-31T23:30:00.000Z', 1)).toBe('2026-06-30T23:30:00.000Z');
  });

  it('refuses a fraction of a month', () => {
    expect(() => addCalendarMonths(new Date('2026-01-01T00:00:00Z'), 1.5)).toThrow(RangeError);
  });
});
