import { ROLES, type Role } from '../../src/auth/actor';
import {
  EVENT_LOG,
  EVENT_STORE,
  type EventLog,
  type EventStore,
} from '../../src/event-store/event-store';
import { expectProblem, Scenario } from '../support/scenario';
import { TestApp, token } from '../support/test-app';

describe('Queries over HTTP, answered from the read models', () => {
  let app: TestApp;
  let given: Scenario;
  let position: string;

  const read = async (url: string, bearer: string | null, after = position) =>
    app.request('GET', url, { token: bearer, headers: { 'x-consistent-with': after } });

  beforeAll(async () => {
    // No rendering here: these tests read certificates while they are still generating.
    app = await TestApp.start({ REACTORS: 'off' });
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('t-g1', 'g1');
    await given.createTraining('t-g2', 'g2');
    await given.assign('t-g1', 'classic-es', 1);
    await given.ok(
      app.request('PUT', '/api/v1/learners/ana', {
        token: given.admin,
        body: { name: 'Ana', email: 'ana@example.com' },
      }),
    );
    await given.enrol('t-g1', 'ana');
    await given.enrol('t-g2', 'ana');
    await given.complete('t-g1', 'ana');
    position = (await given.generate('t-g1', 'ana')).body.position;
  });
  afterAll(() => app.close());

  describe('read-your-writes with X-Consistent-With', () => {
    it('sees a command at once when the query names its position', async () => {
      const created = await given.createTraining('fresh');
      const answer = await read('/api/v1/trainings/fresh', given.admin, created.body.position);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        trainingId: 'fresh',
        type: 'course',
        title: 'Training fresh',
        groupId: null,
        certificate: null,
      });
    });

    it('answers 503 stale when the position is not reached within 5 s', async () => {
      const beyond = String((await app.head()) + 1000n);
      expectProblem(await read('/api/v1/features/certificates', given.admin, beyond), 503, 'stale');
    });

    it('refuses a malformed position', async () => {
      expectProblem(
        await read('/api/v1/features/certificates', given.admin, 'soon'),
        400,
        'validation-failed',
      );
    });

    it('asks who calls before it waits or checks the position', async () => {
      const beyond = String((await app.head()) + 1000n);
      expectProblem(await read('/api/v1/features/certificates', null, beyond), 401, 'unauthorized');
      expectProblem(await read('/api/v1/features/certificates', null, 'soon'), 401, 'unauthorized');
    });
  });

  it('tells any role of the tenant whether the feature is on', async () => {
    for (const role of ROLES.filter((r) => r !== 'operator')) {
      const answer = await read('/api/v1/features/certificates', await token('acme', role));
      expect(answer.body).toEqual({ enabled: true });
    }
    const other = await read('/api/v1/features/certificates', await token('globex', 'admin'));
    expect(other.body).toEqual({ enabled: false });
  });

  describe('templates', () => {
    it('[R-template-kinds] lists the classic templates with their versions to a tenant whose feature is on', async () => {
      const answer = await read('/api/v1/certificate-templates?kind=classic', given.admin);
      expect(answer.status).toBe(200);
      const ids = answer.body.map((t: { templateId: string }) => t.templateId);
      expect(ids).toEqual(
        expect.arrayContaining([
          'classic-en',
          'classic-es',
          'classic-fr',
          'classic-de',
          'classic-pt',
          'classic-it',
        ]),
      );
      const english = answer.body.find(
        (t: { templateId: string }) => t.templateId === 'classic-en',
      );
      expect(english).toMatchObject({
        kind: 'classic',
        language: 'en',
        latestVersion: 1,
        versions: [{ version: 1, publishedAt: expect.any(String), publishedBy: 'system:product' }],
      });
    });

    it("[R-template-versions-immutable] [R-tenant-isolation] shows a tenant its own author templates with every version, never another tenant's", async () => {
      const templateId = await given.createAuthorTemplate('Ours');
      const published = await given.publishVersion(templateId);
      const answer = await read(
        `/api/v1/certificate-templates/${templateId}`,
        given.admin,
        published.body.position,
      );
      expect(answer.body).toMatchObject({
        templateId,
        kind: 'author',
        title: 'Ours',
        createdBy: 'author-1',
        latestVersion: 2,
        versions: [{ version: 1 }, { version: 2, publishedBy: 'author-1' }],
      });
      const outsider = await read(
        `/api/v1/certificate-templates/${templateId}`,
        await token('globex', 'admin'),
      );
      expectProblem(outsider, 404, 'template-not-found');
      const list = await read(
        '/api/v1/certificate-templates?kind=author',
        await token('globex', 'admin'),
      );
      expect(list.body).toEqual([]);
    });

    it('[R-template-kinds] hides classic templates from a tenant whose feature is off, and refuses learners', async () => {
      const off = await read(
        '/api/v1/certificate-templates?kind=classic',
        await token('globex', 'admin'),
      );
      expect(off.body).toEqual([]);
      expectProblem(
        await read('/api/v1/certificate-templates', await given.learner('ana')),
        403,
        'forbidden',
      );
    });
  });

  describe('a training', () => {
    const readers: Role[] = ['admin', 'inspector', 'auditor'];
    it('is read by admins, inspectors and auditors, with its assignment', async () => {
      for (const role of readers) {
        const answer = await read('/api/v1/trainings/t-g1', await token('acme', role));
        expect(answer.body.certificate).toMatchObject({
          templateId: 'classic-es',
          version: 1,
          assignedBy: 'admin-1',
        });
      }
    });

    it('[R-group-scope] is read by group admins and trainers of its group only', async () => {
      for (const role of ['group-admin', 'trainer'] as Role[]) {
        expect(
          (await read('/api/v1/trainings/t-g1', await token('acme', role, { groups: ['g1'] })))
            .status,
        ).toBe(200);
        expectProblem(
          await read('/api/v1/trainings/t-g1', await token('acme', role, { groups: ['g2'] })),
          403,
          'forbidden',
        );
      }
    });

    it('is refused to the other roles, and is a 404 in another tenant', async () => {
      for (const role of ['learner', 'author', 'integration', 'operator'] as Role[])
        expectProblem(
          await read('/api/v1/trainings/t-g1', await token('acme', role)),
          403,
          'forbidden',
        );
      expectProblem(
        await read('/api/v1/trainings/t-g1', await token('globex', 'admin')),
        404,
        'not-found',
      );
      expectProblem(
        await read('/api/v1/trainings/t-g1/certificates', await token('globex', 'admin')),
        404,
        'not-found',
      );
    });

    it("lists the training's certificates for admins", async () => {
      const answer = await read('/api/v1/trainings/t-g1/certificates', given.admin);
      expect(answer.body).toEqual([
        {
          learnerId: 'ana',
          certificateId: expect.any(String),
          number: null,
          cycle: 1,
          status: 'generating',
          templateId: 'classic-es',
          version: 1,
          firstGeneratedAt: expect.any(String),
          generatedAt: null,
          validUntil: null,
        },
      ]);
      const groupAdmin = await token('acme', 'group-admin', { groups: ['g2'] });
      expectProblem(
        await read('/api/v1/trainings/t-g1/certificates', groupAdmin),
        403,
        'forbidden',
      );
    });
  });

  describe("the learner's learning records", () => {
    it('shows each training with progress, status and certificate', async () => {
      const answer = await read('/api/v1/me/learning-records', await given.learner('ana'));
      expect(answer.body).toEqual([
        {
          trainingId: 't-g1',
          title: 'Training t-g1',
          type: 'course',
          progress: 100,
          status: 'completed',
          enrolledAt: expect.any(String),
          completedAt: expect.any(String),
          cycle: 1,
          certificate: {
            status: 'generating',
            certificateId: expect.any(String),
            templateId: 'classic-es',
            version: 1,
            firstGeneratedAt: expect.any(String),
          },
          renewal: null,
          previousCertificates: [],
        },
        expect.objectContaining({
          trainingId: 't-g2',
          status: 'not-started',
          certificate: { status: 'unavailable' },
        }),
      ]);
      expectProblem(await read('/api/v1/me/learning-records', given.admin), 403, 'forbidden');
    });

    it('[R-generation-async] offers "Generate" only when completed, assigned and the feature is on', async () => {
      const learner = await given.learner('bo');
      const status = async () => {
        const records = await read(
          '/api/v1/me/learning-records',
          learner,
          String(await app.head()),
        );
        return records.body.find((r: { trainingId: string }) => r.trainingId === 'avail')
          ?.certificate.status;
      };
      await given.createTraining('avail');
      await given.enrol('avail', 'bo');
      expect(await status()).toBe('unavailable');
      await given.complete('avail', 'bo');
      expect(await status()).toBe('unavailable');
      await given.assign('avail', 'classic-en', 1);
      expect(await status()).toBe('available');
      await given.enableFeature(false);
      expect(await status()).toBe('unavailable');
      await given.enableFeature(true);
      expect(await status()).toBe('available');
      await given.ok(given.generate('avail', 'bo'));
      expect(await status()).toBe('generating');
      await given.ok(
        app.request('DELETE', '/api/v1/trainings/avail/learners/bo/certificate', {
          token: given.admin,
        }),
      );
      expect(await status()).toBe('available');
    });
  });

  describe('[R-event-metadata-audit] the audit log', () => {
    it("pages through only the tenant's own events, oldest first", async () => {
      const auditor = await token('acme', 'auditor');
      const first = await read('/api/v1/audit/events?limit=3', auditor);
      expect(first.status).toBe(200);
      expect(first.body.events).toHaveLength(3);
      expect(first.body.events[0]).toMatchObject({
        position: expect.stringMatching(/^\d+$/),
        stream: 'certificatesFeature-acme',
        revision: '0',
        type: 'CertificatesFeatureEnabled',
        metadata: { tenant: 'acme' },
      });
      const second = await read(
        `/api/v1/audit/events?limit=1000&after=${first.body.next}`,
        auditor,
      );
      const all = [...first.body.events, ...second.body.events];
      expect(second.body.next).toBeNull();
      expect(all.every((e: { metadata: { tenant: string } }) => e.metadata.tenant === 'acme')).toBe(
        true,
      );
      const positions = all.map((e: { position: string }) => BigInt(e.position));
      expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
      expect(new Set(positions).size).toBe(positions.length);
    });

    it('shows a command at once: it is read from the log itself', async () => {
      const created = await given.createTraining('audited');
      const answer = await read(
        '/api/v1/audit/events?type=TrainingCreated&limit=1000',
        given.admin,
        created.body.position,
      );
      expect(answer.status).toBe(200);
      expect(answer.body.events.at(-1)).toMatchObject({
        position: created.body.position,
        stream: 'training-acme:audited',
        data: { trainingId: 'audited' },
      });
      expectProblem(
        await read('/api/v1/audit/events', given.admin, 'soon'),
        400,
        'validation-failed',
      );
    });

    it('filters by stream and by type', async () => {
      const admin = given.admin;
      const stream = await read('/api/v1/audit/events?stream=enrollment-acme:t-g1:ana', admin);
      expect(stream.body.events.map((e: { type: string }) => e.type)).toEqual([
        'LearnerEnrolled',
        'TrainingCompleted',
      ]);
      const type = await read('/api/v1/audit/events?type=TrainingCreated', admin);
      expect(type.body.events.every((e: { type: string }) => e.type === 'TrainingCreated')).toBe(
        true,
      );
      expect(type.body.events.length).toBeGreaterThanOrEqual(2);
    });

    it('is for auditors and admins, and never shows another tenant', async () => {
      for (const role of ROLES.filter((r) => r !== 'auditor' && r !== 'admin'))
        expectProblem(
          await read('/api/v1/audit/events', await token('acme', role)),
          403,
          'forbidden',
        );
      const globex = await read('/api/v1/audit/events', await token('globex', 'auditor'));
      expect(globex.body).toEqual({ events: [], next: null });
      expectProblem(
        await read('/api/v1/audit/events?limit=5000', given.admin),
        400,
        'validation-failed',
      );
      expectProblem(
        await read('/api/v1/audit/events?after=abc', given.admin),
        400,
        'validation-failed',
      );
    });
  });

  it('shows each projection and its lag on /health, and Prometheus metrics on /metrics', async () => {
    const health = await app.request('GET', '/health');
    expect(health.body.projections.map((p: { name: string }) => p.name).sort()).toEqual([
      'certificateArchives',
      'features',
      'issuerProfiles',
      'learnerTrainings',
      'notificationSettings',
      'progressReport',
      'publicCertificates',
      'reports',
      'statusLists',
      'templates',
      'trainings',
      'webhooks',
    ]);
    expect(health.body.projections[0]).toEqual({
      name: expect.any(String),
      checkpoint: expect.any(String),
      lag: expect.stringMatching(/^\d+$/),
    });
    const metrics = await app.request('GET', '/metrics');
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.raw).toMatch(/projection_lag_events\{projection="trainings"\} \d+/);
    expect(metrics.raw).toMatch(/http_requests_total\{/);
  });

  it('counts the lag once per scrape, on the store itself (no profile opened to count it)', async () => {
    const store = app.app.get<EventStore>(EVENT_STORE);
    const log = app.app.get<EventLog>(EVENT_LOG);
    const counts = jest.spyOn(store, 'readAll');
    const opened = jest.spyOn(log, 'readAll');
    try {
      const metrics = await app.request('GET', '/metrics');
      expect(metrics.status).toBe(200);
      // Three gauges read the status; the projections share one checkpoint here: one count.
      expect(counts).toHaveBeenCalledTimes(1);
      expect(opened).not.toHaveBeenCalled();
    } finally {
      counts.mockRestore();
      opened.mockRestore();
    }
  });
});
