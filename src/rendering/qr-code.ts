import QRCode from 'qrcode';

/**
 * A QR code of `text` as an SVG `data:` URI, which the locked-down page may load. Dark modules on
 * white with a two-module quiet zone, so it scans on any template's background. Error correction
 * level M survives the scuffs a printed certificate gets.
 */
export function qrCodeDataUri(text: string): string {
  let svg: string | undefined;
  // With a callback, `toString` renders synchronously (no promise), which lets variables stay sync.
  QRCode.toString(
    text,
    {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#000000', light: '#ffffff' },
    },
    (error, result) => {
      if (error) throw error;
      svg = result;
    },
  );
  if (svg === undefined) throw new Error('qrcode did not render synchronously');
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
