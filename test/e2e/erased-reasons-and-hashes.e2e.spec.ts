import { createHash } from 'node:crypto';
import { EVENT_STORE, type EventLog } from '../../src/event-store/event-store';
import { generationOutcome } from '../support/certificates';
import { filesHolding } from '../support/files-holding';
import { Scenario } from '../support/scenario';
import { type Answer, TestApp } from '../support/test-app';

interface Sealed {
  readonly personalData: { readonly ciphertext: string };
}

const sha256 = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

/**
 * Issue 25, item 2: after an erasure nothing in the log, the audit log, the read models or the
 * public page lets anyone read a free-text reason about the learner, or confirm a guessed
 * profile or reason by hashing it.
 */
describe('Reasons and request hashes go with an erasure', () => {
  let app: TestApp;
  let given: Scenario;
  const learner = '/api/v1/learners/ann';
  const certificate = '/api/v1/trainings/safety/learners/ann/certificate';
  const profile = { name: 'Ann Quill-Tessaro', email: 'ann.quill@example.org' };
  const revocation = { reason: 'Ann Quill-Tessaro copied the exam of Bo Lind' };
  const erasure = { reason: 'Ann Quill-Tessaro asked by phone, ticket 88' };
  let certificateId: string;

  const withKey = (key: string, body: unknown) => ({
    body,
    headers: { 'idempotency-key': key },
  });
  const read = async (url: string, token = given.admin): Promise<Answer> =>
    app.request('GET', url, {
      token,
      headers: { 'x-consistent-with': String(await app.head()) },
    });
  const auditEvents = async () =>
    (await read('/api/v1/audit/events?limit=1000')).body.events as {
      type: string;
      data: Record<string, unknown>;
      metadata: Record<string, unknown>;
    }[];
  const secrets = [profile.name, profile.email, revocation.reason, erasure.reason];
  const hashes = [sha256(profile), sha256(revocation), sha256(erasure)];

  beforeAll(async () => {
    app = await TestApp.start();
    given = await Scenario.of(app);
    await given.readyToGenerate('safety', 'ann');
    await given.ok(
      app.request('PUT', learner, { token: given.admin, ...withKey('profile-1', profile) }),
    );
    const requested = await given.ok(given.generate('safety', 'ann'));
    certificateId = requested.body.certificateId as string;
    expect((await generationOutcome(app, certificateId)).type).toBe('CertificateGenerated');
    await given.ok(
      app.request('POST', `${certificate}/revocation`, {
        token: given.admin,
        ...withKey('revoke-1', revocation),
      }),
    );
  }, 120_000);
  afterAll(() => app.close());

  /** The event log's files that hold `needle`. */
  const storedIn = (needle: string) =>
    filesHolding(app.config.DATA_DIR, needle).filter((file) => /events/.test(file));

  it('stores the reasons and request hashes sealed, yet shows them until the erasure', async () => {
    for (const secret of [revocation.reason, ...hashes]) expect(storedIn(secret)).toEqual([]);
    const events = await auditEvents();
    const revoked = events.find((e) => e.type === 'CertificateRevoked')!;
    expect(revoked.data.reason).toBe(revocation.reason);
    expect(revoked.metadata.requestHash).toBe(sha256(revocation));
    const page = await read(`/api/v1/public/certificates/${certificateId}`, '');
    expect(page.body).toMatchObject({
      status: 'revoked',
      ...{ revocationReason: revocation.reason },
    });
  });

  it('[R-free-text-reasons-personal] after the erasure: no reason and no confirmable hash in the audit log, the page or any file', async () => {
    const erased = await given.ok(
      app.request('DELETE', learner, { token: given.admin, ...withKey('erase-1', erasure) }),
    );

    const text = JSON.stringify(await auditEvents());
    for (const secret of [...secrets, ...hashes]) expect(text).not.toContain(secret);
    const events = await auditEvents();
    const erasedEvent = events.find((e) => e.type === 'LearnerPersonalDataErased')!;
    expect(erasedEvent.data).toMatchObject({ learnerId: 'ann', reason: null });
    expect(erasedEvent.metadata.requestHash).toBeUndefined();

    const page = await read(`/api/v1/public/certificates/${certificateId}`, '');
    expect(page.body.status).toBe('revoked');
    expect(page.body).not.toHaveProperty('revocationReason');
    const html = await read(`/verify/${certificateId}`, '');
    expect(html.raw).not.toContain(revocation.reason);
    const row = (
      (await read('/api/v1/trainings/safety/certificates')).body as { learnerId: string }[]
    ).find((r) => r.learnerId === 'ann');
    expect(row).toMatchObject({ status: 'revoked' });
    expect(row).not.toHaveProperty('revocationReason');

    // The erasure's reason was sealed under the key destroyed right after it: no log file holds
    // it (the read store's files are purged by the erasure reactor, which the erasure proof in
    // personal-data-erasure.e2e.spec.ts waits for).
    for (const secret of [...secrets, ...hashes]) expect(storedIn(secret)).toEqual([]);

    // Retries are still answered as the first time: the key recognises them without the hash.
    const again = await app.request('DELETE', learner, {
      token: given.admin,
      ...withKey('erase-1', erasure),
    });
    expect({ status: again.status, position: again.body.position }).toEqual({
      status: 200,
      position: erased.body.position,
    });
  });

  it('pads sealed data, so two profiles of different lengths store ciphertexts of one length', async () => {
    await given.ok(
      app.request('PUT', '/api/v1/learners/bo', {
        token: given.admin,
        body: { name: 'Bo', email: 'b@x.io' },
      }),
    );
    await given.ok(
      app.request('PUT', '/api/v1/learners/cy', {
        token: given.admin,
        body: {
          name: 'Cyrielle Marguerite de la Tour-Abernathy',
          email: 'cyrielle.delatour@example.org',
        },
      }),
    );
    const stored = await app.app.get<EventLog>(EVENT_STORE).readAll({ limit: 1000 });
    const lengths = stored
      .filter((e) => e.type === 'LearnerProfileRecorded')
      .filter((e) => ['bo', 'cy'].includes((e.data as { learnerId: string }).learnerId))
      .map((e) => (e.data as unknown as Sealed).personalData.ciphertext.length);
    expect(lengths).toHaveLength(2);
    expect(lengths[0]).toBe(lengths[1]);
  });
});
