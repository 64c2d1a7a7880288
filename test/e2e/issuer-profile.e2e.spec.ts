import { PNG } from 'pngjs';
import { generationOutcome, pdfImageCount, pdfInfo, pdfText } from '../support/certificates';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, TestApp, token } from '../support/test-app';

/** A small PNG logo: a raster image, so `pdfimages` can count it in the PDF. */
function pngLogo(): string {
  const png = new PNG({ width: 16, height: 16 });
  png.data.fill(0x40);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const svgLogo = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

describe('Issuer profiles', () => {
  let app: TestApp;
  let given: Scenario;
  const profileUrl = '/api/v1/tenants/acme/profile';
  const profile = {
    name: 'ACME Safety Academy',
    url: 'https://academy.acme.example',
    email: 'certificates@acme.example',
    logo: pngLogo(),
  };

  beforeAll(async () => {
    app = await TestApp.start();
    given = await Scenario.of(app);
  });
  afterAll(() => app.close());

  const read = async (bearer: string, url = profileUrl): Promise<Answer> =>
    app.request('GET', url, {
      token: bearer,
      headers: { 'x-consistent-with': String(await app.head()) },
    });

  /** The request is refused with this problem, and the log is as it was. */
  const expectRefused = (send: () => Promise<Answer>, status: number, code: string) =>
    given.refused(send, status, code);

  it('answers 404 not-found until the tenant has a profile', async () => {
    expectProblem(await read(given.admin), 404, 'not-found');
  });

  it("[R-issuer-profile] an admin sets the tenant's profile; every role of the tenant reads it", async () => {
    const answer = await given.ok(
      app.request('PUT', profileUrl, { token: given.admin, body: profile }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ tenantId: 'acme', position: expect.stringMatching(/^\d+$/) });
    expect(answer.headers['x-log-position']).toBe(answer.body.position);
    for (const role of ['learner', 'auditor', 'author'] as const) {
      const reader = await read(await token('acme', role));
      expect(reader.status).toBe(200);
      expect(reader.body).toEqual({ tenantId: 'acme', ...profile, certificatePrefix: 'ACME' });
    }
    expect((await read(given.operator)).body).toEqual({
      ...{ tenantId: 'acme', ...profile },
      certificatePrefix: 'ACME',
    });
  });

  it('the same profile again changes nothing and answers the position of its last event', async () => {
    const before = await app.head();
    const again = await given.ok(
      app.request('PUT', profileUrl, { token: given.admin, body: profile }),
    );
    expect(again.body.position).toBe(String(before));
    expect(await app.head()).toBe(before);
  });

  it("an operator sets another tenant's profile; fields left out are cleared", async () => {
    await given.ok(
      app.request('PUT', '/api/v1/tenants/globex/profile', {
        token: given.operator,
        body: { name: 'Globex Institute' },
      }),
    );
    const globex = await read(await token('globex', 'admin'), '/api/v1/tenants/globex/profile');
    expect(globex.body).toEqual({
      ...{ tenantId: 'globex', name: 'Globex Institute' },
      ...{ url: null, email: null, logo: null, certificatePrefix: 'GLOBEX' },
    });
  });

  it("another tenant's admin gets 404 and changes nothing; a role that may not set it gets 403", async () => {
    const outsider = await token('globex', 'admin');
    await expectRefused(
      () => app.request('PUT', profileUrl, { token: outsider, body: { name: 'Hijacked' } }),
      404,
      'not-found',
    );
    expectProblem(await read(await token('globex', 'learner')), 404, 'not-found');
    await expectRefused(
      async () =>
        app.request('PUT', profileUrl, { token: await token('acme', 'author'), body: profile }),
      403,
      'forbidden',
    );
    // A tenant's token that claims to be an operator is not a platform operator.
    await expectRefused(
      async () =>
        app.request('PUT', '/api/v1/tenants/globex/profile', {
          token: await token('acme', 'operator'),
          body: { name: 'Hijacked' },
        }),
      403,
      'forbidden',
    );
  });

  it.each([
    [
      'a scripted SVG',
      svgLogo('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
    [
      'an SVG with an event handler',
      svgLogo('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'),
    ],
    [
      'an SVG with an external image',
      svgLogo(
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://t.example/p.png"/></svg>',
      ),
    ],
    ['a logo over 256 KB', `data:image/png;base64,${Buffer.alloc(300 * 1024).toString('base64')}`],
    // What the earlier checker let through, one of each kind
    [
      'an SVG with CSS image-set()',
      svgLogo(
        `<svg xmlns="${SVG_NS}"><rect style="fill:image-set('https://t.example/p.png' 1x)"/></svg>`,
      ),
    ],
    [
      'an SVG with an XHTML srcset',
      svgLogo(
        `<svg xmlns="${SVG_NS}"><img xmlns="http://www.w3.org/1999/xhtml" srcset="https://t.example/p.png 1x"/></svg>`,
      ),
    ],
    [
      'an SVG with a background attribute',
      svgLogo(`<svg xmlns="${SVG_NS}"><g background="https://t.example/p.png"/></svg>`),
    ],
    [
      'an SVG whose <style> sets a background',
      svgLogo(
        `<svg xmlns="${SVG_NS}"><style>svg{background:image-set("https://t.example/p.png" 1x)}</style></svg>`,
      ),
    ],
    [
      'an SVG whose comment an HTML page would end early',
      svgLogo(`<svg xmlns="${SVG_NS}"><!-- --!><img src=x onerror=alert(1)> --></svg>`),
    ],
    [
      'an SVG whose CDATA an HTML page would read as markup',
      svgLogo(
        `<svg xmlns="${SVG_NS}"><title><![CDATA[</title><img src=x onerror=alert(1)>]]></title></svg>`,
      ),
    ],
    [
      'an SVG with an embedded raster image',
      svgLogo(`<svg xmlns="${SVG_NS}"><image href="data:image/png;base64,iVBORw0KGgo="/></svg>`),
    ],
  ])('refuses %s with 400 validation-failed and appends nothing', async (_, logo) => {
    await expectRefused(
      () => app.request('PUT', profileUrl, { token: given.admin, body: { ...profile, logo } }),
      400,
      'validation-failed',
    );
  });

  it('accepts a clean SVG logo', async () => {
    const logo = svgLogo(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><circle r="4" fill="url(#g)"/></svg>',
    );
    await given.ok(
      app.request('PUT', '/api/v1/tenants/svg-tenant/profile', {
        token: given.operator,
        body: { name: 'SVG tenant', logo },
      }),
    );
  });

  it('[R-issuer-profile] a certificate generated afterwards names the issuer by its profile and shows the logo', async () => {
    await given.readyToGenerate('issued', 'ann');
    const requested = await given.generate('issued', 'ann');
    const outcome = await generationOutcome(app, requested.body.certificateId);
    expect(outcome.type).toBe('CertificateGenerated');
    const pdf = await app.app.inject({
      method: 'GET',
      url: '/api/v1/me/learning-records/issued/certificate',
      headers: {
        authorization: `Bearer ${await given.learner('ann')}`,
        'x-consistent-with': String(outcome.position),
      },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload).replace(/\s+/g, ' ')).toContain(profile.name);
    expect(pdfInfo(pdf.rawPayload).Author).toBe(profile.name);
    // The QR code is vector; the PNG logo is the one raster image on the page.
    expect(pdfImageCount(pdf.rawPayload)).toBe(1);
  }, 60_000);
});
