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
});
