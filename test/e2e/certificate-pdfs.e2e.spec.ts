import { ofType } from '../../src/event-store/event-store';
import { formatDate, sampleFacts } from '../../src/rendering/render-context';
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
import { testRenderer } from '../support/test-renderer';

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
      // No issuer profile and no validity: no logo, no "valid until" line.
      expect(pdfImageCount(pdf.rawPayload)).toBe(0);
      const words = CLASSIC_WORDINGS.find((w) => w.language === language)!;
      expect(text).not.toContain(words.validUntil);
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
      const info = pdfInfo(pdf);
      expect(info.Author).toBe('Northwind Safety Institute');
      expect(info.CreationDate).toBe('2026-03-01T09:30:00Z');
      // The same template without them is the service's own certificate above (no profile, no
      // validity); its QR code is read there too.
    },
    60_000,
  );
});
