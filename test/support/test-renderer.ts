import { findChromium } from '../../src/rendering/find-chromium';
import { PdfRenderer } from '../../src/rendering/pdf-renderer';

/** A renderer of its own, on the machine's Chromium, for tests of the renderer itself. */
export const testRenderer = (poolSize: number) =>
  new PdfRenderer({
    chromiumPath: findChromium(),
    poolSize,
    timeoutMs: 30_000,
    maxHtmlBytes: 1e6,
    maxPdfBytes: 1e7,
  });
