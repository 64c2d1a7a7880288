const DAY_MS = 86_400_000;

/** The 00:00 UTC that starts the day of `time`. */
export function startOfUtcDay(time: Date): Date {
  return new Date(Math.floor(time.getTime() / DAY_MS) * DAY_MS);
}

export function addDays(time: Date, days: number): Date {
  return new Date(time.getTime() + days * DAY_MS);
}

/** 'YYYY-MM-DD' of a UTC time. */
export function utcDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}
