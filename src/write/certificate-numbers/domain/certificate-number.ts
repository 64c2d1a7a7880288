/** The fewest digits a number's sequence is written with; a longer sequence keeps all its digits. */
const SEQUENCE_DIGITS = 6;
const PREFIX_LENGTH = 12;
const FALLBACK_PREFIX = 'CERT';

/**
 * The prefix of a tenant that chose none: its id in capitals without the characters outside
 * A–Z and 0–9, cut to 12; `CERT` when fewer than 2 remain (SPEC §1).
 */
export function defaultCertificatePrefix(tenantId: string): string {
  const letters = tenantId
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, PREFIX_LENGTH);
  return letters.length < 2 ? FALLBACK_PREFIX : letters;
}

/** The prefix a tenant's next certificate gets: its profile's, else the default. */
export function effectiveCertificatePrefix(tenantId: string, chosen: string | null | undefined) {
  return chosen ?? defaultCertificatePrefix(tenantId);
}

/** `<prefix>-<year>-<sequence of at least 6 digits>`, the year in UTC. */
export function formatCertificateNumber(prefix: string, issuedAt: Date, sequence: number): string {
  const year = issuedAt.getUTCFullYear();
  return `${prefix}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}
