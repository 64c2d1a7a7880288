import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generationOutcome } from '../support/certificates';
import { expectProblem, Scenario } from '../support/scenario';
import { type Answer, TestApp, token } from '../support/test-app';
import { readZip } from '../support/zip-reader';

const DAY = 86_400_000;
const TRAINING = 'archive-101';
/** A name no file system takes as it is: reserved characters, a device name, a bidi override. */
const AWKWARD = 'Bo: "CON" <x>/y\\z? | *\u202Egnp.exe ';

describe('Certificate archives: a training’s certificates as one ZIP', () => {
  let app: TestApp;
  let given: Scenario;
  let groupAdmin: string;
  const ids: Record<string, string> = {};

  const moveClock = async (now: Date) =>
    given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: now.toISOString() },
      }),
    );
  const now = async () =>
    new Date(
      (await given.ok(app.request('GET', '/api/v1/test-clock', { token: given.operator }))).body
        .now as string,
    );
  const requestArchive = (body?: unknown, bearer = given.admin, trainingId = TRAINING) =>
    app.request('POST', `/api/v1/trainings/${trainingId}/certificate-archives`, {
      token: bearer,
      ...(body !== undefined && { body }),
    });
  const archive = async (archiveId: string, bearer = given.admin) =>
    app.request('GET', `/api/v1/certificate-archives/${archiveId}`, {
      token: bearer,
      headers: { 'x-consistent-with': String(await app.head()) },
    });
  async function settled(archiveId: string, want = 'done'): Promise<Answer> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const answer = await app.request('GET', `/api/v1/certificate-archives/${archiveId}`, {
        token: given.admin,
        headers: { 'x-consistent-with': String(await app.head()) },
      });
      if (answer.body.status === want) return answer;
      expect(answer.body.status).not.toBe('failed');
      if (Date.now() > deadline) throw new Error(`archive ${archiveId} is ${answer.body.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const download = (archiveId: string, bearer = given.admin) =>
    app.app.inject({
      method: 'GET',
      url: `/api/v1/certificate-archives/${archiveId}/file`,
      headers: { authorization: `Bearer ${bearer}` },
    });

  beforeAll(async () => {
    app = await TestApp.start({ TEST_CLOCK: '1' });
    given = await Scenario.of(app);
    groupAdmin = await token('acme', 'group-admin', { groups: ['g1'] });
    await given.enableFeature();
    await given.createTraining(TRAINING, 'g1');
    await given.assign(TRAINING, 'classic-en', 1);
    for (const [learnerId, name] of [
      ['ana', 'Ana Núñez'],
      ['bo', AWKWARD],
      ['cy', 'Cy Later'],
    ] as const) {
      await given.ok(
        app.request('PUT', `/api/v1/learners/${learnerId}`, {
          token: given.admin,
          body: { name, email: `${learnerId}@example.com` },
        }),
      );
      await given.enrol(TRAINING, learnerId);
    }
    for (const learnerId of ['ana', 'bo']) {
      await given.complete(TRAINING, learnerId);
      const generated = await given.ok(given.generate(TRAINING, learnerId));
      ids[learnerId] = generated.body.certificateId as string;
      expect((await generationOutcome(app, ids[learnerId])).type).toBe('CertificateGenerated');
    }
    await given.ok(
      app.request('POST', `/api/v1/trainings/${TRAINING}/learners/bo/certificate/revocation`, {
        token: given.admin,
        body: { reason: 'Issued in error' },
      }),
    );
  }, 180_000);
  afterAll(() => app.close());

  it('[R-tenant-isolation] [R-group-scope] refuses learners and other roles (403), other tenants (404) and bad input (400, 409), appending nothing', async () => {
    const learner = await given.learner('ana');
    const trainer = await token('acme', 'trainer', { groups: ['g1'] });
    const inspector = await token('acme', 'inspector');
    const otherGroup = await token('acme', 'group-admin', { groups: ['g2'] });
    const otherTenant = await token('globex', 'admin');
    await given.refused(() => requestArchive({}, learner), 403, 'forbidden');
    await given.refused(() => requestArchive({}, trainer), 403, 'forbidden');
    await given.refused(() => requestArchive({}, inspector), 403, 'forbidden');
    await given.refused(() => requestArchive({}, otherGroup), 403, 'forbidden');
    await given.refused(() => requestArchive({}, otherTenant), 404, 'not-found');
    await given.refused(() => requestArchive({}, given.admin, 'no-such'), 404, 'not-found');
    for (const body of [
      { asOf: '2026-13-01' },
      { asOf: 'yesterday' },
      { asOf: 20260101 },
      { asOf: '2026-01-01', extra: true },
      [],
    ])
      await given.refused(() => requestArchive(body), 400, 'validation-failed');
    const tomorrow = new Date((await now()).getTime() + DAY).toISOString().slice(0, 10);
    await given.refused(() => requestArchive({ asOf: tomorrow }), 409, 'not-ready');
    expectProblem(
      await app.request('GET', '/api/v1/certificate-archives', { token: learner }),
      403,
      'forbidden',
    );
  });

  it('[R-zip-export] builds a ZIP of the PDFs and credentials with a manifest whose SHA-256s are the public ones, under safe names', async () => {
    const requested = await requestArchive();
    expect(requested.status).toBe(202);
    expect(requested.body).toEqual({
      archiveId: expect.any(String),
      status: 'pending',
      position: requested.headers['x-log-position'],
    });
    const { archiveId } = requested.body;
    const done = (await settled(archiveId)).body;
    expect(done).toMatchObject({
      archiveId,
      trainingId: TRAINING,
      requestedBy: 'admin-1',
      count: 2,
    });
    const file = await download(archiveId, groupAdmin);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/zip');
    const zip = file.rawPayload;
    expect({ size: zip.length, sha256: createHash('sha256').update(zip).digest('hex') }).toEqual({
      size: done.size,
      sha256: done.sha256,
    });

    const { entries, manifest, tested } = readZip(zip);
    expect(tested).toMatch(/No errors detected/);
    expect(manifest).toHaveLength(2);
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    for (const row of manifest) {
      const learnerId = row.certificateId === ids.ana ? 'ana' : 'bo';
      const publicJson = (
        await app.request('GET', `/api/v1/public/certificates/${row.certificateId}`)
      ).body;
      const credential = await app.app.inject({
        method: 'GET',
        url: `/api/v1/public/certificates/${row.certificateId}/credential`,
      });
      expect(row).toEqual({
        certificateId: ids[learnerId],
        number: publicJson.number,
        learnerId,
        status: learnerId === 'bo' ? 'revoked' : 'valid',
        validUntil: null,
        pdf: {
          path: expect.any(String),
          sha256: publicJson.file.sha256,
          size: publicJson.file.size,
        },
        credential: {
          path: expect.any(String),
          sha256: createHash('sha256').update(credential.rawPayload).digest('hex'),
        },
      });
      expect(byName.get(row.pdf.path)).toMatchObject({
        sha256: row.pdf.sha256,
        size: row.pdf.size,
        stored: true,
      });
      expect(byName.get(row.credential.path)?.sha256).toBe(row.credential.sha256);
    }
    const names = entries.map((entry) => entry.name).sort();
    const ana = manifest.find((row) => row.learnerId === 'ana');
    expect(names).toContain(`certificates/${ana.number} Ana Núñez.pdf`);
    expect(names).toHaveLength(5);
    for (const name of names) {
      const parts = name.split('/');
      for (const part of parts) {
        // eslint-disable-next-line no-control-regex -- controls are what must not be there
        expect(part).not.toMatch(/[<>:"\\|?*\u0000-\u001f\u202a-\u202e]/);
        expect(part).not.toMatch(/[. ]$/);
      }
    }
  });

  it('[R-zip-export] as of a past cut-off holds only what was generated before it, with its status then', async () => {
    const today = (await now()).toISOString().slice(0, 10);
    const before = await requestArchive({ asOf: today });
    expect(before.status).toBe(202);
    expect((await settled(before.body.archiveId)).body).toMatchObject({ asOf: today, count: 0 });

    await moveClock(new Date(Date.parse(today) + DAY + 3_600_000));
    const tomorrow = new Date(Date.parse(today) + DAY).toISOString().slice(0, 10);
    await given.complete(TRAINING, 'cy');
    ids.cy = (await given.ok(given.generate(TRAINING, 'cy'))).body.certificateId;
    await generationOutcome(app, ids.cy!);
    const asOf = await requestArchive({ asOf: tomorrow });
    const done = (await settled(asOf.body.archiveId)).body;
    expect(done).toMatchObject({ asOf: tomorrow, count: 2 });
    const { manifest } = readZip((await download(asOf.body.archiveId)).rawPayload);
    expect(manifest.map((row: { learnerId: string }) => row.learnerId).sort()).toEqual([
      'ana',
      'bo',
    ]);

    const list = await app.request('GET', `/api/v1/certificate-archives?trainingId=${TRAINING}`, {
      token: given.admin,
      headers: { 'x-consistent-with': String(await app.head()) },
    });
    expect(list.body.map((row: { archiveId: string }) => row.archiveId)[0]).toBe(
      asOf.body.archiveId,
    );
    expect(list.body).toHaveLength(3);
    const globex = await token('globex', 'admin');
    expectProblem(await archive(asOf.body.archiveId, globex), 404, 'not-found');
    expectProblem(
      await app.request('GET', `/api/v1/certificate-archives/${asOf.body.archiveId}/file`, {
        token: globex,
      }),
      404,
      'not-found',
    );
    expect(
      (await app.request('GET', '/api/v1/certificate-archives', { token: globex })).body,
    ).toEqual([]);
  });

  it('[R-archive-kept-and-erased] [R-personal-data] an erasure deletes the archives that hold the learner, and no other', async () => {
    const holding = await requestArchive();
    await settled(holding.body.archiveId);
    const filesDir = join(app.config.DATA_DIR, 'files', 'archives');
    expect(existsSync(join(filesDir, `${holding.body.archiveId}.zip`))).toBe(true);
    // An archive as of a day before cy's certificate does not hold cy.
    const today = (await now()).toISOString().slice(0, 10);
    const without = await requestArchive({ asOf: today });
    await settled(without.body.archiveId);
    // The learner's personal-data export lists the archive that holds them, not the other
    const exported = await given.ok(
      app.request('GET', '/api/v1/learners/cy/personal-data', { token: given.admin }),
    );
    expect(exported.body.archives.map((a: { archiveId: string }) => a.archiveId)).toContain(
      holding.body.archiveId,
    );
    expect(exported.body.archives.map((a: { archiveId: string }) => a.archiveId)).not.toContain(
      without.body.archiveId,
    );

    await given.ok(app.request('DELETE', '/api/v1/learners/cy', { token: given.admin }));
    expect((await settled(holding.body.archiveId, 'deleted')).body.status).toBe('deleted');
    expect(existsSync(join(filesDir, `${holding.body.archiveId}.zip`))).toBe(false);
    expectProblem(
      await app.request('GET', `/api/v1/certificate-archives/${holding.body.archiveId}/file`, {
        token: given.admin,
      }),
      404,
      'not-found',
    );
    expect((await archive(without.body.archiveId)).body.status).toBe('done');
    const deleted = (await app.log()).filter((e) => e.type === 'CertificateArchiveDeleted');
    expect(deleted.map((e) => e.data)).toEqual([
      expect.objectContaining({ archiveId: holding.body.archiveId, learnerId: 'cy' }),
    ]);
  });

  it('[R-archive-kept-and-erased] keeps an archive seven days: the first daily cut-off after them removes it', async () => {
    const requested = await requestArchive();
    const done = (await settled(requested.body.archiveId)).body;
    const completed = Date.parse(done.completedAt);
    expect(Date.parse(done.expiresAt)).toBe(completed + 7 * DAY);
    const file = join(app.config.DATA_DIR, 'files', 'archives', `${requested.body.archiveId}.zip`);

    await moveClock(new Date(completed + 7 * DAY - 60_000));
    expect((await archive(requested.body.archiveId)).body.status).toBe('done');
    expect((await download(requested.body.archiveId)).statusCode).toBe(200);

    // The next midnight after the seven days: its marker expires the archive.
    await moveClock(new Date(Math.ceil((completed + 7 * DAY) / DAY) * DAY + 60_000));
    expect((await settled(requested.body.archiveId, 'expired')).body.status).toBe('expired');
    expect(existsSync(file)).toBe(false);
    expectProblem(
      await app.request('GET', `/api/v1/certificate-archives/${requested.body.archiveId}/file`, {
        token: given.admin,
      }),
      404,
      'not-found',
    );
    const expired = (await app.log()).filter((e) => e.type === 'CertificateArchiveExpired');
    expect(expired.map((e) => e.data.archiveId)).toContain(requested.body.archiveId);
  });
});
