import { addCalendarMonths } from '../../../core/calendar-months';

/**
 * When a certificate stops being valid: its issue time (the request that generates it, the
 * `certificate.issuedAt` printed on it) plus the assignment's months then; null: never. The PDF,
 * the credential and the CertificateGenerated event all take it from here, so they agree.
 */
export function certificateValidUntil(request: {
  readonly requestedAt: string;
  readonly validForMonths?: number | null;
}): string | null {
  const months = request.validForMonths;
  if (months === undefined || months === null) return null;
  return addCalendarMonths(new Date(request.requestedAt), months).toISOString();
}
