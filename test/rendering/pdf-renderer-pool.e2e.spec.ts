import { PdfRenderer, RenderError } from '../../src/rendering/pdf-renderer';
import { pdfText } from '../support/certificates';
import { testRenderer } from '../support/test-renderer';

describe('The renderer pool', () => {
  it('renders more documents than its pool at once, each PDF holding its own document only', async () => {
    // Given: two renders at once, on pages that are reset (a spare one meanwhile) between renders
    const renderer = testRenderer(2);
    const page = { size: 'A4', orientation: 'portrait' } as const;
    try {
      for (const round of [1, 2]) {
        // When: seven documents ask at once (the second round on pages used and reset)
        const names = Array.from({ length: 7 }, (_, i) => `DOCUMENT-${round}-${i}`);
        const texts = await Promise.all(
          names.map((name) => renderer.render(`<p>${name}</p>`, page).then(pdfText)),
        );

        // Then: each PDF shows its own document and none of the others
        expect(texts.map((text) => names.filter((name) => text.includes(name)))).toEqual(
          names.map((name) => [name]),
        );
      }
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it('answers every render with the reason when no page can be opened, none left waiting', async () => {
    // Given: a pool of two whose Chromium cannot start, so the pages it opens all fail
    const renderer = new PdfRenderer({
      chromiumPath: '/nonexistent/chromium',
      poolSize: 2,
      timeoutMs: 30_000,
      maxHtmlBytes: 1e6,
      maxPdfBytes: 1e7,
    });
    const page = { size: 'A4', orientation: 'portrait' } as const;
    try {
      // When: more renders ask at once than there are pages (the later ones wait for a page the
      // first is opening)
      const outcomes = await Promise.allSettled(
        Array.from({ length: 5 }, () => renderer.render('<p>x</p>', page)),
      );

      // Then: each fails, saying Chromium could not start
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        const reason = (outcome as PromiseRejectedResult).reason as Error;
        expect(reason).toBeInstanceOf(RenderError);
        expect(reason.message).toMatch(/Chromium could not start/);
      }
    } finally {
      await renderer.close();
    }
  }, 30_000);

  it('resets a page after 100 documents: a document written over the last keeps its Content-Security-Policy, and policies must not pile up for good', async () => {
    const renderer = testRenderer(1);
    const size = { width: 8, height: 8 };
    const attempted = async (html: string) => {
      const before = renderer.attemptedRequests.length;
      await renderer.picture(html, size);
      return renderer.attemptedRequests.slice(before);
    };
    try {
      // Given: a page whose first document declared a policy that allows only data: images
      await renderer.picture(
        '<meta http-equiv="Content-Security-Policy" content="img-src data:"><p>1</p>',
        size,
      );
      // Then the next document on it inherits that policy: its image is never even requested
      expect(await attempted('<img src="https://attacker.example/2.png">')).toEqual([]);

      // When: the page has taken its hundredth document
      for (let n = 3; n <= 100; n++) await renderer.picture(`<p>${n}</p>`, size);

      // Then: the next document is on a page without it (the route sees, and aborts, its image)
      expect(await attempted('<img src="https://attacker.example/101.png">')).toEqual([
        'https://attacker.example/101.png',
      ]);
    } finally {
      await renderer.close();
    }
  }, 60_000);
});
