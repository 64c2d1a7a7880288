/**
 * `time` plus `months` calendar months in UTC, keeping the time of day. A day that the target
 * month does not have becomes its last day (Jan 31 + 1 month = Feb 28, or 29 in a leap year),
 * as people and most date libraries count "valid for N months".
 */
export function addCalendarMonths(time: Date, months: number): Date {
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const monthIndex = time.getUTCFullYear() * 12 + time.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(time.getTime());
  result.setUTCFullYear(year, month, Math.min(time.getUTCDate(), lastDay));
  return result;
}
