import { PNG } from 'pngjs';
import { TemplateRenderError } from '../../src/rendering/pdf-renderer';
import { achievementImageHtml } from '../../src/rendering/achievement-image-html';
import { testRenderer } from '../support/test-renderer';

const SIZE = { width: 512, height: 512 };

/** The share of the picture's pixels that are not transparent. */
function painted(png: Buffer): number {
  const { data } = PNG.sync.read(png);
  let opaque = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) opaque++;
  return opaque / (data.length / 4);
}

describe('Pictures from the renderer', () => {
  const renderer = testRenderer(1);
  afterAll(() => renderer.close());

  it("draws an achievement's picture as a 512 × 512 PNG: a disc, the corners left transparent", async () => {
    const png = await renderer.picture(
      achievementImageHtml({ title: 'Fire safety', issuerName: 'Acme Academy' }),
      SIZE,
    );

    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([512, 512]);
    // A disc fills π/4 of its square.
    expect(painted(png)).toBeCloseTo(Math.PI / 4, 2);
  }, 60_000);

  it('shows markup in a title as text and leaves out a logo that is not a data: URI: nothing either names is loaded', async () => {
    const hostile = '<img src="https://attacker.example/x.png"><b>Fire</b>';
    const before = renderer.attemptedRequests.length;

    const png = await renderer.picture(
      achievementImageHtml({
        title: hostile,
        issuerName: 'Acme',
        logo: 'https://attacker.example/logo.png',
      }),
      SIZE,
    );

    expect(renderer.attemptedRequests.slice(before)).toEqual([]);
    expect(PNG.sync.read(png).width).toBe(512);
  }, 60_000);

  it('keeps the lockdown of PDFs: external requests are blocked, a document that navigates away is refused', async () => {
    // A renderer of its own: on a page that held an achievement picture, that document's CSP
    // (data: images only) would block the image before the route could.
    const own = testRenderer(1);
    try {
      const blocked = await own.picture(
        '<img src="https://attacker.example/p.png" width="10" height="10">',
        SIZE,
      );
      expect(own.attemptedRequests).toEqual(['https://attacker.example/p.png']);
      // Nothing of the image came: the picture is transparent.
      expect(painted(blocked)).toBe(0);

      await expect(
        own.picture('<meta http-equiv="refresh" content="0;url=https://attacker.example/">', SIZE),
      ).rejects.toBeInstanceOf(TemplateRenderError);

      // The next picture on the same pool is unharmed.
      const png = await own.picture(
        '<div style="width:10px;height:10px;background:red"></div>',
        SIZE,
      );
      expect(painted(png)).toBeCloseTo(100 / (512 * 512), 6);
    } finally {
      await own.close();
    }
  }, 60_000);
});
