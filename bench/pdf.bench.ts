import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { signToken } from '../src/auth/sign-token';
import { loadConfig } from '../src/config/config';
import { createApp } from '../src/create-app';
import { EVENT_STORE, type EventStore } from '../src/event-store/event-store';
import { certificateHtml } from '../src/rendering/certificate-html';
import { findChromium } from '../src/rendering/find-chromium';
import { certificateVariables, sampleFacts } from '../src/rendering/render-context';
import { CLASSIC_TEMPLATES } from '../src/write/templates/classic/classic-templates';
import { type Benchmark, timed } from './benchmark';

const SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';
const POOL = 2;

/** Certificates per second from request to `generated`, against bare page.pdf() of the same HTML. */
export const pdfBenchmark: Benchmark = {
  name: 'pdf',
  async run({ quick }) {
    const count = quick ? 20 : 100;
    // The baseline runs before and after, and the mean counts: on a shared machine the load
    // drifts, and one run on either side alone would credit or blame the drift.
    const before = await pagePdfPerSecond(count / 2);
    const endToEnd = await certificatesPerSecond(count);
    const after = await pagePdfPerSecond(count / 2);
    const baseline = (before + after) / 2;
    const ratio = endToEnd / baseline;
    return [
      {
        name: 'pdf',
        value: round(endToEnd),
        unit: 'certificates/s',
        baseline: round(baseline),
        ratio: round(ratio),
        target: 'ratio >= 0.9',
        met: ratio >= 0.9,
        notes: `${count} certificates, pool of ${POOL} pages; baseline ${round(before)} before, ${round(after)} after`,
      },
    ];
  },
};

async function certificatesPerSecond(count: number): Promise<number> {
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-pdf-')),
    AUTH_JWT_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    RENDER_POOL_SIZE: String(POOL),
  });
  const app = await createApp(config);
  const store = app.get<EventStore>(EVENT_STORE);
  const call = async (method: 'POST' | 'PUT', url: string, token: string, body?: unknown) => {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body !== undefined && { payload: body as object }),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  };
  const operator = await signToken(SECRET, { sub: 'op', tenant: 'platform', roles: ['operator'] });
  const admin = await signToken(SECRET, { sub: 'admin', tenant: 'bench', roles: ['admin'] });
  await call('PUT', '/api/v1/tenants/bench/features/certificates', operator, { enabled: true });
  await call('POST', '/api/v1/trainings', admin, {
    trainingId: 'course',
    type: 'course',
    title: 'Workplace Safety Essentials',
  });
  await call('PUT', '/api/v1/trainings/course/certificate', admin, {
    templateId: 'classic-en',
    version: 1,
  });
  const learners = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await call('PUT', `/api/v1/learners/l${i}`, admin, {
        name: 'Zoë Ångström-Núñez',
        email: `l${i}@example.com`,
      });
      await call('POST', `/api/v1/trainings/course/learners/l${i}/completion`, admin, {});
      return signToken(SECRET, { sub: `l${i}`, tenant: 'bench', roles: ['learner'] });
    }),
  );
  // Warm the browser up, as the baseline does, so both measure steady rendering: renders enough
  // at once for the renderer to open every page it keeps (the pool and its spare), as the
  // baseline opens its pages before it is timed.
  const warm = POOL + 1;
  await Promise.all(
    learners
      .slice(0, warm)
      .map((token) => call('POST', '/api/v1/me/learning-records/course/certificate', token)),
  );
  await waitForOutcomes(store, warm);
  const { seconds } = await timed(async () => {
    await Promise.all(
      learners
        .slice(warm)
        .map((token) => call('POST', '/api/v1/me/learning-records/course/certificate', token)),
    );
    await waitForOutcomes(store, count);
  });
  await app.close();
  return (count - warm) / seconds;
}

/** Reads only what was appended since the last look: re-reading the whole log every few
 * milliseconds took CPU from the Chromium being measured. */
async function waitForOutcomes(store: EventStore, count: number): Promise<void> {
  let outcomes = 0;
  let after: bigint | undefined;
  for (;;) {
    for (
      let page = await store.readAll({ after, limit: 5000 });
      page.length > 0;
      page = await store.readAll({ after, limit: 5000 })
    ) {
      outcomes += page.filter((e) => e.type === 'CertificateGenerated').length;
      after = page.at(-1)!.position;
    }
    if (outcomes >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function pagePdfPerSecond(count: number): Promise<number> {
  const template = CLASSIC_TEMPLATES.find((t) => t.templateId === 'classic-en')!;
  // The certificate the service makes below: the tenant id as issuer, no logo, no expiry.
  const facts = { ...sampleFacts(new Date()), issuer: { name: 'bench' }, validUntil: null };
  const html = certificateHtml(template.content, certificateVariables(facts, 'en'));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const pages = await Promise.all(Array.from({ length: POOL }, () => browser.newPage()));
  const renderOn = async (page: (typeof pages)[number]) => {
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
  };
  await renderOn(pages[0]!);
  let next = 1;
  const { seconds } = await timed(() =>
    Promise.all(
      pages.map(async (page) => {
        while (next++ < count) await renderOn(page);
      }),
    ),
  );
  await browser.close();
  return (count - 1) / seconds;
}

const round = (value: number) => Math.round(value * 100) / 100;
