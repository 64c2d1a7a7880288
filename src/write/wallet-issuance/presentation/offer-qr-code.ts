import QRCode from 'qrcode';

/**
 * Error correction M, a two-module quiet zone, three pixels a module: a version 16 code (an
 * offer of about 400 characters) is a 255-pixel picture, which a page shows as large as it
 * likes. Four pixels a module drew the same code a third larger, with nearly twice the pixels
 * to filter and compress for every offer.
 *
 * The mask is fixed: any of the eight is a valid QR code that every decoder reads (the format
 * bits name it), while letting qrcode score all eight by the standard's penalty rules to pick
 * the easiest to scan took about as long as drawing and compressing the picture. The offer's
 * data holds a random code, so no mask makes it much harder to scan.
 *
 * PNG rows are filtered as "up" only (pngjs takes `filterType` through qrcode's `rendererOpts`,
 * which its types leave out): a QR code's rows repeat, and trying every filter (pngjs's
 * default) costs more than the rest of the encoding for no smaller a file worth having.
 */
const QR_CODE_PNG = {
  type: 'image/png',
  errorCorrectionLevel: 'M',
  margin: 2,
  scale: 3,
  maskPattern: 0,
  rendererOpts: { filterType: 2 },
} as QRCode.QRCodeToDataURLOptions;

/**
 * The credential offer's URI as a PNG `data:` URI, one byte-mode segment: the percent-encoded
 * URI is mostly lower case, so qrcode's search for the cheapest mix of modes (half the offer's
 * time) ends at the same QR version anyway.
 */
export function offerQrCode(credentialOfferUri: string): Promise<string> {
  return QRCode.toDataURL([{ data: Buffer.from(credentialOfferUri), mode: 'byte' }], QR_CODE_PNG);
}
