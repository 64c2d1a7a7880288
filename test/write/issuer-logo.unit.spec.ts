import { LOGO_MAX_BYTES, logoProblem } from '../../src/write/issuers/domain/issuer-logo';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const png = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;
const svg = (text: string) => `data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}`;
const svgBytes = (bytes: Buffer) => `data:image/svg+xml;base64,${bytes.toString('base64')}`;
const SAFE_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>';

describe('An issuer logo', () => {
  it('may be a PNG data URI', () => {
    expect(logoProblem(png(PNG))).toBeNull();
  });

  it('may be a safe SVG data URI', () => {
    expect(logoProblem(svg(SAFE_SVG))).toBeNull();
  });

  it('may be exactly 256 KB, not a byte more', () => {
    const padded = (size: number) => Buffer.concat([PNG, Buffer.alloc(size - PNG.length)]);
    expect(logoProblem(png(padded(LOGO_MAX_BYTES)))).toBeNull();
    expect(logoProblem(png(padded(LOGO_MAX_BYTES + 1)))).toMatch(/larger than 256 KB/);
  });

  it('refuses a scripted SVG', () => {
    expect(logoProblem(svg('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toMatch(
      /script/,
    );
  });

  it('refuses a logo far over the limit before decoding it, naming the limit', () => {
    const huge = Buffer.concat([PNG, Buffer.alloc(2 * LOGO_MAX_BYTES)]);
    expect(logoProblem(png(huge))).toBe('the logo is larger than 256 KB');
  });

  const NOT_A_DATA_URI = /must be a data:image\/png;base64,… or data:image\/svg\+xml;base64,… URI/;
  it.each([
    ['another image type', `data:image/jpeg;base64,${PNG.toString('base64')}`, NOT_A_DATA_URI],
    ['a URL instead of data', 'https://acme.example/logo.png', NOT_A_DATA_URI],
    ['data that is not base64', 'data:image/png;base64,not base64!', NOT_A_DATA_URI],
    ['base64 with a wrong length', 'data:image/png;base64,iVBORw0KGgo', NOT_A_DATA_URI],
    ['padding in the middle', 'data:image/png;base64,iV==BORw', NOT_A_DATA_URI],
    ['a PNG that is not a PNG', png(Buffer.from('GIF89a not a png at all')), /not a PNG image/],
    [
      'an SVG that is not UTF-8',
      svgBytes(
        Buffer.concat([
          Buffer.from(SAFE_SVG.slice(0, -6)),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('</svg>'),
        ]),
      ),
      /SVG logo is not UTF-8 text/,
    ],
    [
      'an SVG data URI that is not base64',
      `data:image/svg+xml,${encodeURIComponent(SAFE_SVG)}`,
      NOT_A_DATA_URI,
    ],
  ])('refuses %s, saying why', (_, logo, why) => {
    expect(logoProblem(logo)).toMatch(why);
  });
});
