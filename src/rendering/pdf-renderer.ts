import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { TemplateContent } from '../events/template.events';

export interface RendererOptions {
  readonly chromiumPath: string;
  readonly poolSize: number;
  readonly timeoutMs: number;
  readonly maxHtmlBytes: number;
  readonly maxPdfBytes: number;
}

export class RenderError extends Error {}

/** Flags for a locked-down headless Chromium in a closed network (and as root in containers). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-extensions',
  '--disable-dev-shm-usage',
];

interface Slot {
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * HTML to PDF in one Chromium with a pool of pages. Each page lives in its own context with
 * JavaScript disabled and every request aborted (only `data:` URLs load), on top of the
 * document's Content-Security-Policy. A render has a time limit and a size limit. If the
 * browser dies, the next render starts a new one.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | undefined;
  private free: Slot[] = [];
  private created = 0;
  private waiting: { resolve: (slot: Slot) => void; reject: (error: unknown) => void }[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Requests pages tried to make (all refused); tests read it to prove nothing left the page. */
  readonly attemptedRequests: string[] = [];

  constructor(private readonly options: RendererOptions) {}

  async render(html: string, page: TemplateContent['page']): Promise<Buffer> {
    if (Buffer.byteLength(html) > this.options.maxHtmlBytes)
      throw new RenderError(`The certificate HTML is over ${this.options.maxHtmlBytes} bytes`);
    const slot = await this.acquire();
    let healthy = true;
    const rendering = withTimeout(this.renderOn(slot.page, html, page), this.options.timeoutMs);
    this.inFlight.add(rendering);
    try {
      const pdf = await rendering;
      if (pdf.length > this.options.maxPdfBytes)
        throw new RenderError(`The certificate PDF is over ${this.options.maxPdfBytes} bytes`);
      return pdf;
    } catch (error) {
      healthy = false;
      throw error instanceof RenderError ? error : new RenderError(messageOf(error));
    } finally {
      this.inFlight.delete(rendering);
      this.release(slot, healthy);
    }
  }

  private async renderOn(page: Page, html: string, settings: TemplateContent['page']) {
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({
      format: settings.size,
      landscape: settings.orientation === 'landscape',
      printBackground: true,
      preferCSSPageSize: true,
    });
  }

  private async acquire(): Promise<Slot> {
    const slot = this.free.pop();
    if (slot) return slot;
    if (this.created < this.options.poolSize) {
      this.created++;
      try {
        return await this.newSlot();
      } catch (error) {
        this.created--;
        throw new RenderError(`Chromium could not start: ${messageOf(error)}`);
      }
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** A page that failed or timed out is closed rather than reused, in case it is stuck. */
  private release(slot: Slot, healthy: boolean): void {
    if (!healthy) {
      void slot.context.close().catch(() => undefined);
      this.created--;
      // The next render gets a fresh page, or the reason there is none: never left waiting.
      const next = this.waiting.shift();
      if (next) this.acquire().then(next.resolve, next.reject);
      return;
    }
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.free.push(slot);
  }

  private async newSlot(): Promise<Slot> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('data:')) return route.continue();
      this.attemptedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    return { context, page: await context.newPage() };
  }

  private launch(): Promise<Browser> {
    this.browser ??= chromium
      .launch({ executablePath: this.options.chromiumPath, args: CHROMIUM_ARGS, headless: true })
      .then((browser) => {
        browser.on('disconnected', () => {
          this.browser = undefined;
          this.free = [];
          this.created = 0;
        });
        return browser;
      });
    const launching = this.browser;
    launching.catch(() => (this.browser = undefined));
    return launching;
  }

  /** Waits for renders in flight, then closes the browser. */
  async close(): Promise<void> {
    await Promise.allSettled(this.inFlight);
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close();
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderError(`The render took over ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
