import { generationOutcome, pdfInfo, pdfText } from '../support/certificates';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, TestApp, token } from '../support/test-app';

/**
 * Certificate numbers as a client sees them: in the order of the generation requests, per
 * tenant, with the issuer's prefix and the year of issue, on the PDF (text and metadata), the
 * admin list, the learner's record, the public JSON and the verification page.
 */
describe('[R-certificate-number] Certificate numbers', () => {
  let app: TestApp;
  let given: Scenario;
  let year: number;
  const TRAINING = 'numbered';

  beforeAll(async () => {
    app = await TestApp.start({ TEST_CLOCK: '1' });
    given = await Scenario.of(app);
    await given.readyToGenerate(TRAINING, 'l1');
    for (const learner of ['l2', 'l3', 'l4', 'l5']) {
      await given.enrol(TRAINING, learner);
      await given.complete(TRAINING, learner);
    }
    const clock = await app.request('GET', '/api/v1/test-clock', { token: given.operator });
    year = new Date(clock.body.now as string).getUTCFullYear();
  });
  afterAll(() => app.close());

  /** Generates the learner's certificate and waits for its outcome; answers its id. */
  async function generated(learnerId: string, scenario = given, training = TRAINING) {
    const answer = await scenario.ok(scenario.generate(training, learnerId));
    const certificateId = answer.body.certificateId as string;
    expect((await generationOutcome(app, certificateId)).type).toBe('CertificateGenerated');
    return certificateId;
  }

  const consistent = async () => ({ 'x-consistent-with': String(await app.head()) });

  async function adminList(scenario = given, training = TRAINING): Promise<Answer> {
    return app.request('GET', `/api/v1/trainings/${training}/certificates`, {
      token: scenario.admin,
      headers: await consistent(),
    });
  }

  it('numbers the requests of a tenant in order, from 1, with the default prefix and the year of issue', async () => {
    const ids = [await generated('l1'), await generated('l2')];
    const list = await adminList();
    const numbers = new Map(
      list.body.map((row: Answer['body']) => [row.certificateId, row.number]),
    );
    expect(ids.map((id) => numbers.get(id))).toEqual([
      `ACME-${year}-000001`,
      `ACME-${year}-000002`,
    ]);
    // Numbered by the numbering reactor, each before its certificate was rendered.
    const log = await app.log();
    for (const id of ids) {
      const at = (type: string) =>
        log.findIndex(
          (e) => e.type === type && 'certificateId' in e.data && e.data.certificateId === id,
        );
      const numbered = log[at('CertificateNumberAssigned')]!;
      expect(numbered.metadata.actor.id).toBe('system:certificate-numbering');
      expect(numbered.stream).toBe('certificateNumbers-acme');
      expect(at('CertificateNumberAssigned')).toBeLessThan(at('CertificateGenerated'));
    }
  });

  it('prints the number on the classic certificate and puts it in the PDF metadata', async () => {
    const pdf = await app.app.inject({
      method: 'GET',
      url: `/api/v1/me/learning-records/${TRAINING}/certificate`,
      headers: { authorization: `Bearer ${await given.learner('l1')}`, ...(await consistent()) },
    });
    expect(pdf.statusCode).toBe(200);
    const number = `ACME-${year}-000001`;
    // The label is set in spaced capitals, which pdftotext reads letter by letter.
    expect(pdfText(pdf.rawPayload).replace(/\s+/g, '')).toContain(`CERTIFICATENO.${number}`);
    const info = pdfInfo(pdf.rawPayload);
    expect(info.Keywords).toContain(number);
    expect(info.Subject).toContain(number);
  });

  it("shows the number on the learner's record, the public JSON and the verification page", async () => {
    const records = await app.request('GET', '/api/v1/me/learning-records', {
      token: await given.learner('l2'),
      headers: await consistent(),
    });
    const record = records.body.find((r: Answer['body']) => r.trainingId === TRAINING);
    const number = `ACME-${year}-000002`;
    expect(record.certificate).toMatchObject({ status: 'generated', number });
    const { certificateId } = record.certificate;
    const publicJson = await app.request('GET', `/api/v1/public/certificates/${certificateId}`, {
      headers: await consistent(),
    });
    expect(publicJson.body.number).toBe(number);
    for (const [lang, label] of [
      ['en', 'Certificate no.'],
      ['de', 'Zertifikat Nr.'],
    ]) {
      const page = await app.request('GET', `/verify/${certificateId}?lang=${lang}`);
      expect(page.raw).toContain(`<dt>${label}</dt><dd>${number}</dd>`);
    }
  });

  it("takes later numbers' prefix from the issuer profile, and counts on across prefixes and years", async () => {
    // Given: the tenant chooses a prefix
    const profile = { name: 'ACME Academy', certificatePrefix: 'AC2' };
    await given.ok(
      app.request('PUT', '/api/v1/tenants/acme/profile', { token: given.admin, body: profile }),
    );
    const read = await app.request('GET', '/api/v1/tenants/acme/profile', {
      token: given.admin,
      headers: await consistent(),
    });
    expect(read.body.certificatePrefix).toBe('AC2');
    const third = await generated('l3');

    // When: the year turns, and the tenant goes back to the default prefix
    await given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: `${year + 1}-01-01T00:00:05.000Z` },
      }),
    );
    await given.ok(
      app.request('PUT', '/api/v1/tenants/acme/profile', {
        token: given.admin,
        body: { name: 'ACME Academy' },
      }),
    );
    const fourth = await generated('l4');

    // Then: the sequence counted on; the earlier numbers stayed as they were
    const numbers = new Map(
      (await adminList()).body.map((row: Answer['body']) => [row.certificateId, row.number]),
    );
    expect(numbers.get(third)).toBe(`AC2-${year}-000003`);
    expect(numbers.get(fourth)).toBe(`ACME-${year + 1}-000004`);
    expect([...numbers.values()].sort()).toEqual(
      [
        `ACME-${year}-000001`,
        `ACME-${year}-000002`,
        `AC2-${year}-000003`,
        `ACME-${year + 1}-000004`,
      ].sort(),
    );
  });

  it('counts each tenant on its own, with its own default prefix', async () => {
    const other = await Scenario.of(app, 'globex-intl.2');
    await other.readyToGenerate('other', 'g1');
    await generated('g1', other, 'other');
    const list = await adminList(other, 'other');
    expect(list.body.map((row: Answer['body']) => row.number)).toEqual([
      `GLOBEXINTL2-${year + 1}-000001`,
    ]);
  });

  it.each(['A', 'ab', 'TOOLONGPREFIX1', 'AC-ME', ' ACME', 42])(
    'refuses the certificate prefix %j with 400 validation-failed, appending nothing',
    async (certificatePrefix) => {
      const before = await app.head();
      const answer = await app.request('PUT', '/api/v1/tenants/acme/profile', {
        token: await token('acme', 'admin'),
        body: { name: 'ACME Academy', certificatePrefix },
      });
      expectProblem(answer, 400, 'validation-failed');
      expect(await app.head()).toBe(before);
    },
  );
});
