import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import type { TemplateContent } from '../events/template.events';

export interface RendererOptions {
  readonly chromiumPath: string;
  readonly poolSize: number;
  readonly timeoutMs: number;
  readonly maxHtmlBytes: number;
  readonly maxPdfBytes: number;
}

/** A render that did not produce a PDF: Chromium failed, crashed or took too long. */
export class RenderError extends Error {}

/**
 * A render refused because of the document itself: it tried to leave its page (a meta refresh,
 * say) or is over a size limit. Rendering it again gives the same answer.
 */
export class TemplateRenderError extends RenderError {}

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

/** What a render makes of the document in its page: a PDF, a picture. */
type Output = (page: Page) => Promise<Buffer>;

/**
 * Documents a page takes before it is reset all the same. A document written over the last one
 * (`document.open`) keeps that one's Content-Security-Policy and adds its own, so every
 * certificate's meta CSP piles up in the page: a render took 35 ms on a fresh page and 47 ms
 * 1,600 documents later (155 ms after 1,800 documents whose blocked requests were reported). A
 * reset every 100 bounds that at the cost of one reset per 100 renders.
 */
const DOCUMENTS_PER_RESET = 100;

/** Pages kept open beyond the pool's: each is reset while the others render. */
const SPARE_PAGES = 1;

/** A page in a context of its own, and what its current document did. */
interface Slot {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The page's DevTools session: a DOM query without injecting a script into the document. */
  readonly devtools: CDPSession;
  /** Set while a document is in the page: from setContent until the render ends. */
  rendering: boolean;
  /** Where the current document tried to go; setContent itself never navigates. */
  navigatedTo?: string;
  /** The current document's markup could declare a meta refresh: the page is reset after it. */
  mayHaveScheduled: boolean;
  /** Documents written into the page since it was opened or last reset. */
  documents: number;
}

/**
 * HTML to PDF, or to a PNG picture, in one Chromium with a pool of pages, each in its own
 * context with JavaScript disabled and every request aborted (only `data:` sub-resources load),
 * on top of the document's Content-Security-Policy. A render has a time limit and a size limit. If the
 * browser dies, the next render starts a new one.
 *
 * No render can reach the next one on the same page. setContent writes a document without
 * navigating (`document.open`), which replaces the old document's nodes, subframes included,
 * but not a meta refresh it scheduled: that would outlive it and navigate the page a moment
 * later. With JavaScript off, a meta refresh in the document's own markup is the only navigation
 * a document can schedule (a subframe's navigations pass the route below, and a subframe goes
 * with the nodes). So a document that navigates, or declares a refresh, is refused and its
 * context closed; and a page whose document could have declared one (`MAY_DECLARE_REFRESH`) is
 * navigated to about:blank before it is used again: that replaces the old document with its
 * timers, and a browser-initiated navigation cancels any navigation the document had started
 * (or, one already committing, lets it commit first), so once it has loaded, nothing of the old
 * document is left to fire. A page that fails to reset, or a render that fails, costs the
 * context.
 *
 * Every other page goes back to the pool as it is, until its hundredth document (see
 * `DOCUMENTS_PER_RESET`): the reset is a new document, into which
 * Playwright injects its helper script again, and cost half the renderer's throughput (7.7
 * against 16.3 renders a second on two pages, the reset on the render's path or off it on a
 * two-core machine). When a reset is needed it is off the render's path: one page more than the
 * pool is kept, so a render takes a page ready while the page it leaves is reset. Pages are
 * opened as renders need them: opening the whole pool at the first render made every process
 * that renders once (most test files) start three renderer processes.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | undefined;
  private free: Slot[] = [];
  /** Pages of the current browser, in use or free, and pages being opened. */
  private readonly slots = new Set<Slot>();
  private opening = 0;
  private waiting: { resolve: (slot: Slot) => void; reject: (error: unknown) => void }[] = [];
  /** Renders under way, at most `poolSize`, and those waiting for their turn. */
  private rendersUnderWay = 0;
  private readonly turns: (() => void)[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Requests pages tried to make (all refused); tests read it to prove nothing left the page. */
  readonly attemptedRequests: string[] = [];

  constructor(private readonly options: RendererOptions) {}

  async render(html: string, page: TemplateContent['page']): Promise<Buffer> {
    return this.produce('certificate PDF', html, (target) =>
      target.pdf({
        format: page.size,
        landscape: page.orientation === 'landscape',
        printBackground: true,
        preferCSSPageSize: true,
      }),
    );
  }

  /**
   * The document as a PNG of `size` pixels from its top left corner, transparent where the
   * document paints nothing; under the same lockdown and limits as a PDF.
   */
  async picture(html: string, size: { width: number; height: number }): Promise<Buffer> {
    return this.produce('picture', html, (target) =>
      target.screenshot({
        type: 'png',
        clip: { x: 0, y: 0, ...size },
        omitBackground: true,
        animations: 'disabled',
      }),
    );
  }

  private async produce(what: string, html: string, output: Output): Promise<Buffer> {
    if (Buffer.byteLength(html) > this.options.maxHtmlBytes)
      throw new TemplateRenderError(
        `The ${what}'s HTML is over ${this.options.maxHtmlBytes} bytes`,
      );
    await this.takeTurn();
    try {
      return await this.renderOnAPage(what, html, output);
    } finally {
      this.passTurn();
    }
  }

  private async renderOnAPage(what: string, html: string, output: Output): Promise<Buffer> {
    const slot = await this.acquire();
    let reusable = true;
    const rendering = withTimeout(this.renderOn(slot, html, output), this.options.timeoutMs);
    this.inFlight.add(rendering);
    try {
      const produced = await rendering;
      if (produced.length > this.options.maxPdfBytes)
        throw new TemplateRenderError(`The ${what} is over ${this.options.maxPdfBytes} bytes`);
      return produced;
    } catch (error) {
      reusable = false;
      throw error instanceof RenderError ? error : new RenderError(messageOf(error));
    } finally {
      this.inFlight.delete(rendering);
      this.track(this.release(slot, reusable));
    }
  }

  /** Waits until fewer than `poolSize` renders are under way. */
  private async takeTurn(): Promise<void> {
    if (this.rendersUnderWay < this.options.poolSize) {
      this.rendersUnderWay++;
      return;
    }
    // The render that ends hands its turn over: the count stays.
    await new Promise<void>((resolve) => this.turns.push(resolve));
  }

  private passTurn(): void {
    const next = this.turns.shift();
    if (next) next();
    else this.rendersUnderWay--;
  }

  /** Background work close() waits for: resets, pages being opened. */
  private track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async renderOn(slot: Slot, html: string, output: Output) {
    slot.navigatedTo = undefined;
    slot.rendering = true;
    slot.mayHaveScheduled = MAY_DECLARE_REFRESH.test(html);
    slot.documents++;
    try {
      await slot.page.setContent(html, { waitUntil: 'load' });
      // A refresh fires after load, often only once the PDF is printed: looking for one makes the
      // answer the same every time, not a race between the refresh and the print.
      if (slot.mayHaveScheduled) {
        const declared = await declaredRefresh(slot);
        // Read only now: the route may have seen the navigation while the query ran.
        slot.navigatedTo ??= declared;
      }
      const produced = await output(slot.page);
      refuseNavigation(slot);
      return produced;
    } catch (error) {
      refuseNavigation(slot);
      throw error;
    } finally {
      slot.rendering = false;
    }
  }

  private async acquire(): Promise<Slot> {
    const slot = this.free.pop();
    if (slot) return slot;
    if (this.slots.size + this.opening < this.pages) {
      const opened = this.open();
      // A render may be waiting for the page this one failed to open.
      opened.catch(() => this.serveWaiting());
      return opened;
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** The pool's pages and the spare one. */
  private get pages(): number {
    return this.options.poolSize + SPARE_PAGES;
  }

  private async open(): Promise<Slot> {
    this.opening++;
    try {
      const slot = await this.newSlot();
      this.slots.add(slot);
      return slot;
    } catch (error) {
      throw new RenderError(`Chromium could not start: ${messageOf(error)}`);
    } finally {
      this.opening--;
    }
  }

  /**
   * The page back in the pool, reset first if its document could have scheduled a refresh; or
   * its context closed: after a failed or navigating render, or when the reset itself fails.
   */
  private async release(slot: Slot, reusable: boolean): Promise<void> {
    if (reusable && slot.navigatedTo === undefined) {
      if (!slot.mayHaveScheduled && slot.documents < DOCUMENTS_PER_RESET) return this.offer(slot);
      slot.documents = 0;
      try {
        await withTimeout(reset(slot.page), this.options.timeoutMs);
        this.offer(slot);
        return;
      } catch {
        // Stuck or gone: the page is not used again.
      }
    }
    this.discard(slot);
  }

  /** A page ready for a render: to the render waiting longest, or to the free pages. */
  private offer(slot: Slot): void {
    // Opened or reset while its browser died: the next browser opens new pages.
    if (!slot.context.browser()?.isConnected()) return this.discard(slot);
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.free.push(slot);
  }

  private discard(slot: Slot): void {
    void slot.context.close().catch(ignore);
    this.slots.delete(slot);
    this.serveWaiting();
  }

  /** The render waiting longest gets a fresh page, or the reason there is none: never left waiting. */
  private serveWaiting(): void {
    const next = this.waiting.shift();
    if (next) this.acquire().then(next.resolve, next.reject);
  }

  private async newSlot(): Promise<Slot> {
    const browser = await this.launch();
    const context = await browser.newContext({
      javaScriptEnabled: false,
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
    const page = await context.newPage();
    const slot: Slot = {
      context,
      page,
      devtools: await context.newCDPSession(page),
      rendering: false,
      mayHaveScheduled: false,
      documents: 0,
    };
    await context.route('**/*', async (route) => {
      const request = route.request();
      const url = request.url();
      // Only the main frame's navigation replaces the document being printed. A subframe's is
      // blocked like any request, never blamed on the render: a page kept without a reset still
      // holds its last document, whose subframe may navigate while the next render runs.
      if (request.isNavigationRequest()) {
        if (isMainFrameOf(request, page)) slot.navigatedTo ??= url;
      } else if (url.startsWith('data:')) return route.continue().catch(() => undefined);
      this.attemptedRequests.push(url);
      // A navigation the reset cancelled is gone by the time it is aborted.
      return route.abort('blockedbyclient').catch(() => undefined);
    });
    page.on('framenavigated', (frame) => {
      if (slot.rendering && frame === page.mainFrame()) slot.navigatedTo ??= frame.url();
    });
    return slot;
  }

  private launch(): Promise<Browser> {
    if (this.browser) return this.browser;
    // Playwright is loaded with the first render, not with the service: a process that never
    // renders (most tests, a service whose renders run in its background process) never pays
    // for its import, the largest of all.
    const launching = import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({
          executablePath: this.options.chromiumPath,
          args: CHROMIUM_ARGS,
          headless: true,
        }),
      )
      .then((browser) => {
        browser.on('disconnected', () => {
          if (this.browser !== launching) return;
          this.browser = undefined;
          this.free = [];
          this.slots.clear();
        });
        return browser;
      });
    launching.catch(() => {
      if (this.browser === launching) this.browser = undefined;
    });
    this.browser = launching;
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

/**
 * A new blank document in the page. Playwright sets its helper script up in a new document when
 * it is first used: reading the title does it here, off the render's path, instead of in the next
 * setContent.
 */
async function reset(page: Page): Promise<void> {
  await page.goto('about:blank', { waitUntil: 'load' });
  await page.title();
}

/** Whether the request is the page's main frame's (a frame not known yet is a subframe). */
function isMainFrameOf(request: Request, page: Page): boolean {
  try {
    return request.frame() === page.mainFrame();
  } catch {
    return false;
  }
}

function refuseNavigation(slot: Slot): void {
  if (slot.navigatedTo !== undefined)
    throw new TemplateRenderError(
      `The document navigates away from its page (to ${slot.navigatedTo.slice(0, 100)}), as a meta refresh does`,
    );
}

/**
 * Only a document with a `refresh` in it, or an entity inside an http-equiv value (which could
 * spell one), can declare a refresh: the others skip the DOM query.
 */
const MAY_DECLARE_REFRESH = /refresh|http-equiv[^>]*&/i;

/** Where the document's `<meta http-equiv="refresh">` would take the page, if it has one. */
async function declaredRefresh(slot: Slot): Promise<string | undefined> {
  try {
    const { root } = await slot.devtools.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await slot.devtools.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'meta[http-equiv="refresh" i]',
    });
    const [first] = nodeIds;
    if (first === undefined) return undefined;
    const { attributes } = await slot.devtools.send('DOM.getAttributes', { nodeId: first });
    // Name, value, name, value…
    let content = '';
    for (let i = 0; i + 1 < attributes.length; i += 2)
      if (attributes[i]?.toLowerCase() === 'content') content = attributes[i + 1] ?? '';
    return /url\s*=\s*['"]?([^'"]*)/i.exec(content)?.[1] ?? 'the same page again';
  } catch {
    // The document is gone already: its navigation is what replaced it, and the route saw it.
    return undefined;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderError(`The render took over ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const ignore = () => undefined;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
