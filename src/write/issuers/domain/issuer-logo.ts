import { unsafeSvgReason } from './svg-safety';

/** 256 KB, decoded: a logo, not a photograph. */
export const LOGO_MAX_BYTES = 256 * 1024;

const LOGO_URI = /^data:image\/(png|svg\+xml);base64,([A-Za-z0-9+/]+={0,2})$/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Why a logo is refused, or null when it may be shown on certificates and public pages: a
 * base64 `data:` URI of a PNG (checked by its signature) or of a safe SVG (see svg-safety.ts),
 * at most 256 KB once decoded.
 */
export function logoProblem(logo: string): string | null {
  const match = LOGO_URI.exec(logo);
  if (!match || match[2]!.length % 4 !== 0)
    return 'the logo must be a data:image/png;base64,… or data:image/svg+xml;base64,… URI';
  // Stryker disable next-line StringLiteral: the base64 group is `+`, never missing after a match
  const [, type, base64 = ''] = match;
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: spares decoding only; the check after refuses alike
  if ((base64.length / 4) * 3 > LOGO_MAX_BYTES + 2)
    return `the logo is larger than ${LOGO_MAX_BYTES / 1024} KB`;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > LOGO_MAX_BYTES) return `the logo is larger than ${LOGO_MAX_BYTES / 1024} KB`;
  if (type === 'png')
    return bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? null : 'the logo is not a PNG image';
  let svg: string;
  try {
    svg = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'the SVG logo is not UTF-8 text';
  }
  return unsafeSvgReason(svg);
}
