import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { offerQrCode } from '../../src/write/wallet-issuance/presentation/offer-qr-code';

/** An offer's URI as the issuer library writes it, for an issuer at `issuer`. */
function offerUri(issuer: string): string {
  const offer = {
    credential_issuer: issuer,
    credential_configuration_ids: ['OpenBadgeCredential'],
    grants: {
      'urn:ietf:params:oauth:grant-type:pre-authorized_code': {
        'pre-authorized_code': `0f9a3c2e-7b1d-5e6a-9c8f-5d2b1a7e3c40.${'q7_-'.repeat(10)}abc`,
      },
    },
  };
  return `openid-credential-offer://?credential_offer=${encodeURIComponent(JSON.stringify(offer))}`;
}

describe("The credential offer's QR code", () => {
  it.each([
    ['a short issuer URL', 'http://localhost:3000/tenants/acme'],
    [
      'the longest tenant id behind a long public URL',
      `https://certificates.training-platform.example.com/tenants/${'t'.repeat(64)}`,
    ],
  ])(
    'is a PNG that a decoder not ours reads back as the URI, three pixels a module (%s)',
    (_case, issuer) => {
      const uri = offerUri(issuer);
      const dataUri = offerQrCode(uri);
      expect(dataUri).toMatch(/^data:image\/png;base64,/);
      const bytes = Buffer.from(dataUri.split(',')[1]!, 'base64');
      // IHDR: 8-bit grayscale (bit depth at byte 24, colour type at 25), no alpha to carry.
      expect([bytes[24], bytes[25]]).toEqual([8, 0]);
      const png = PNG.sync.read(bytes);
      const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(scanned?.data).toBe(uri);
      // The finder patterns' centres are the code's size less 7 modules apart.
      const { topLeftFinderPattern, topRightFinderPattern } = scanned!.location;
      const modules = 17 + 4 * scanned!.version;
      const pixelsPerModule = (topRightFinderPattern.x - topLeftFinderPattern.x) / (modules - 7);
      expect(pixelsPerModule).toBeCloseTo(3, 1);
      expect(png.width).toBe((modules + 2 * 2) * 3);
      expect(png.height).toBe(png.width);
    },
  );
});
