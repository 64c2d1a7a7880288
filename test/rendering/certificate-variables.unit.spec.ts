import { certificateHtml } from '../../src/rendering/certificate-html';
import { certificateVariables, sampleFacts } from '../../src/rendering/render-context';

const facts = sampleFacts(new Date('2026-11-25T10:00:00Z'));
const render = (html: string, overrides: Partial<typeof facts> = {}) =>
  certificateHtml(
    { html, css: '', page: { size: 'A4', orientation: 'portrait' } },
    certificateVariables({ ...facts, ...overrides }, 'en'),
  );

describe('Certificate variables', () => {
  it('[R-issuer-profile] name the issuer by its profile, with its web address and logo', () => {
    const variables = certificateVariables(facts, 'en');
    expect(variables.tenant).toEqual({
      name: 'Example Academy',
      url: 'https://academy.example',
      logo: facts.issuer.logo,
    });
  });

  it('leave out what the issuer did not give, so templates can test for it', () => {
    const html = render('[{{#if tenant.logo}}logo{{/if}}|{{#if tenant.url}}url{{/if}}]', {
      issuer: { name: 'acme' },
    });
    expect(html).toContain('[|]');
    expect(render('{{tenant.name}}', { issuer: { name: 'acme' } })).toContain('acme');
  });

  it('keep anything but a base64 image data: URI out of the logo', () => {
    for (const logo of [
      'https://evil.example/logo.png',
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png;base64,AAA" onerror="x',
    ])
      expect(
        certificateVariables({ ...facts, issuer: { name: 'x', logo } }, 'en').tenant.logo,
      ).toBe('');
  });

  it('give the validity date in the template language, or nothing', () => {
    const validUntil = new Date('2028-11-25T00:00:00Z');
    expect(certificateVariables({ ...facts, validUntil }, 'de').certificate.validUntil).toBe(
      '25. November 2028',
    );
    expect(render('[{{certificate.validUntil}}]', { validUntil: null })).toContain('[]');
  });

  it('give a QR code of the verification URL as an SVG data: URI', () => {
    const { qrCode } = certificateVariables(facts, 'en').certificate;
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(qrCode.split(',')[1]!, 'base64').toString();
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    // The attribute the template writes decodes back to the same URI.
    const html = render('<img src="{{certificate.qrCode}}">');
    const src = /src="([^"]+)"/.exec(html)![1]!;
    expect(decodeEntities(src)).toBe(qrCode);
  });
});

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&');
}
