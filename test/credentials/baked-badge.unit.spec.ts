import { PNG } from 'pngjs';
import { badgeImage } from '../../src/credentials/badge-image';
import { bakeBadge } from '../../src/credentials/baked-badge';
import extractChunks from 'png-chunks-extract';
import { internationalTextChunks } from '../support/png-text-chunks';

const credential = Buffer.from(
  JSON.stringify({ id: 'urn:uuid:c1', name: 'Sécurité 101 — ✓', proof: { proofValue: 'z3x' } }),
  'utf8',
);

describe('The baked badge', () => {
  it('[R-baked-badge] carries the credential in one uncompressed iTXt chunk, keyword openbadgecredential, before IEND', () => {
    const baked = bakeBadge(badgeImage(), credential);

    expect(internationalTextChunks(baked)).toEqual([
      {
        keyword: 'openbadgecredential',
        compressionFlag: 0,
        compressionMethod: 0,
        languageTag: '',
        translatedKeyword: '',
        text: credential,
      },
    ]);
    expect(extractChunks(baked).map((chunk) => chunk.name)).toEqual([
      'IHDR',
      'IDAT',
      'iTXt',
      'IEND',
    ]);
  });

  it('is a picture any PNG decoder reads: 256 × 256, a seal on a transparent ground', () => {
    const image = PNG.sync.read(bakeBadge(badgeImage(), credential));

    expect([image.width, image.height]).toEqual([256, 256]);
    const alpha = (x: number, y: number) => image.data[(y * image.width + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(128, 128)).toBe(255);
  });

  it('replaces a credential already baked into the image rather than adding a second one', () => {
    const rebaked = bakeBadge(bakeBadge(badgeImage(), Buffer.from('{"old":true}')), credential);

    expect(internationalTextChunks(rebaked).map((chunk) => chunk.text)).toEqual([credential]);
  });

  it('refuses a file that is not a whole PNG, or whose chunk fails its CRC', () => {
    const image = badgeImage();
    const broken = Buffer.from(image);
    broken[40] = broken[40]! ^ 0xff;

    expect(() => bakeBadge(Buffer.from('GIF89a'), credential)).toThrow(/header/);
    expect(() => bakeBadge(image.subarray(0, image.length - 6), credential)).toThrow();
    expect(() => bakeBadge(broken, credential)).toThrow(/CRC/);
  });
});
