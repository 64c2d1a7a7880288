import { Webhook } from 'standardwebhooks';
import { generationOutcome } from '../support/certificates';
import { expectProblem, Scenario } from '../support/scenario';
import { TestApp, token } from '../support/test-app';
import { type Received, WebhookReceiver } from '../support/webhook-receiver';

const HOUR = 3_600_000;

interface Message {
  readonly type: string;
  readonly timestamp: string;
  readonly data: Record<string, string | undefined>;
}

const parsed = (received: Received): Message => JSON.parse(received.body) as Message;
const ofType = (type: string) => (received: Received) => parsed(received).type === type;

/** Verified with the Standard Webhooks library's own `verify`, as a receiver would. */
const verifies = (secret: string, received: Received): boolean => {
  try {
    new Webhook(secret).verify(received.body, received.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
};

/**
 * Webhooks end to end (SPEC §1 "Notifications", §5 "Webhooks"): a real HTTP receiver that
 * fails and recovers, signatures checked with `standardwebhooks`, the test clock driving
 * retries, rotation and expiry.
 */
describe('[R-webhooks-signed] [R-webhook-url-safety] Webhooks', () => {
  let app: TestApp;
  let given: Scenario;
  let receiver: WebhookReceiver;
  let secret = '';
  let webhookId = '';

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    app = await TestApp.start({ TEST_CLOCK: '1', WEBHOOK_ALLOW_HOSTS: '127.0.0.1' });
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('safety', 'g1');
    await given.ok(
      app.request('PUT', '/api/v1/trainings/safety/certificate', {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1, validForMonths: 12 },
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });

  const moveClockBy = async (ms: number) => {
    const now = await app.request('GET', '/api/v1/test-clock', { token: given.operator });
    const to = new Date(Date.parse(now.body.now as string) + ms);
    await given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: to.toISOString() },
      }),
    );
  };

  async function certificateFor(learnerId: string): Promise<string> {
    await given.enrol('safety', learnerId);
    await given.complete('safety', learnerId);
    const requested = await given.ok(given.generate('safety', learnerId));
    const certificateId = requested.body.certificateId as string;
    expect((await generationOutcome(app, certificateId)).type).toBe('CertificateGenerated');
    return certificateId;
  }

  const deliveries = async () =>
    (
      await given.ok(
        app.request('GET', `/api/v1/webhooks/${webhookId}/deliveries`, { token: given.admin }),
      )
    ).body as unknown as Record<string, unknown>[];

  it('creates a webhook, shows its secret once, and lists it without', async () => {
    const created = await app.request('POST', '/api/v1/webhooks', {
      token: given.admin,
      body: { url: receiver.url(), description: 'LMS' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'active',
      description: 'LMS',
      url: receiver.url(),
    });
    expect(created.body.events).toHaveLength(9);
    secret = created.body.secret as string;
    webhookId = created.body.webhookId as string;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const consistent = { 'x-consistent-with': created.body.position as string };
    const list = await app.request('GET', '/api/v1/webhooks', {
      token: given.admin,
      headers: consistent,
    });
    expect(list.body).toEqual([expect.objectContaining({ webhookId, status: 'active' })]);
    const one = await app.request('GET', `/api/v1/webhooks/${webhookId}`, { token: given.admin });
    expect(JSON.stringify([list.body, one.body])).not.toContain(secret.slice(6));
    // Nothing in the log holds the secret either.
    const log = JSON.stringify(await app.log(), (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    );
    expect(log).not.toContain(secret.slice(6));
  });

  it('delivers certificate.generated, signed (verified by standardwebhooks), with ids and URLs only', async () => {
    const certificateId = await certificateFor('ann');
    const [received] = await receiver.waitFor(1, ofType('certificate.generated'));
    expect(received).toBeDefined();
    expect(verifies(secret, received!)).toBe(true);
    expect(verifies(`whsec_${Buffer.alloc(24, 1).toString('base64')}`, received!)).toBe(false);
    const message = parsed(received!);
    expect(message.data).toMatchObject({
      tenantId: 'acme',
      certificateId,
      trainingId: 'safety',
      learnerId: 'ann',
      status: 'valid',
      verificationUrl: expect.stringContaining(`/verify/${certificateId}`),
      number: expect.stringMatching(/^ACME-\d{4}-\d{6}$/),
    });
    expect(received!.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(received!.body).not.toMatch(/ann@|Ann /);
  }, 60_000);

  it('retries a failing receiver on the service clock, in log order, with the same message id, until it recovers', async () => {
    receiver.status = 503;
    const before = receiver.received.length;
    const bob = await certificateFor('bob');
    const cy = await certificateFor('cy');
    await receiver.waitFor(before + 1);
    // The first attempt failed; bob's message waits for its retry, cy's waits behind it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const attempted = receiver.received.slice(before);
    expect(attempted.every((received) => parsed(received).data.certificateId === bob)).toBe(true);
    const failing = (await deliveries()).find((delivery) => delivery.state === 'failing');
    expect(failing).toMatchObject({ attempts: 1, lastStatus: 503, type: 'certificate.generated' });
    expect(
      Date.parse(failing!.nextAttemptAt as string) - Date.parse(failing!.lastAttemptAt as string),
    ).toBe(5_000);
    // An hour later the receiver is back: bob's message, then cy's.
    receiver.status = 200;
    await moveClockBy(HOUR);
    const cyArrived = await receiver.waitFor(
      1,
      (received) => parsed(received).data.certificateId === cy,
    );
    expect(cyArrived).toHaveLength(1);
    const after = receiver.received.slice(before).map((received) => ({
      id: received.headers['webhook-id'],
      certificateId: parsed(received).data.certificateId,
    }));
    const bobIds = new Set(after.filter((one) => one.certificateId === bob).map((one) => one.id));
    expect(bobIds.size).toBe(1);
    expect(after.at(-1)?.certificateId).toBe(cy);
    expect(after.findIndex((one) => one.certificateId === cy)).toBe(after.length - 1);
    // cy's record is committed just after its 2xx arrived here: look until it is.
    let delivered: Record<string, unknown>[] = [];
    for (let waited = 0; delivered.length < 3 && waited < 5_000; waited += 50) {
      if (waited > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      delivered = (await deliveries()).filter((delivery) => delivery.state === 'delivered');
    }
    expect(delivered.length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('marks a message failed after its retries (more than 24 h) and goes on', async () => {
    receiver.status = 500;
    const dee = await certificateFor('dee');
    await receiver.waitFor(1, (received) => parsed(received).data.certificateId === dee);
    for (let step = 0; step < 8; step++) {
      await moveClockBy(11 * HOUR);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    const attempts = receiver.received.filter(
      (received) => parsed(received).data.certificateId === dee,
    );
    expect(attempts.length).toBe(8);
    const record = (await deliveries()).find((delivery) => delivery.state === 'failed');
    expect(record).toMatchObject({ attempts: 8, lastStatus: 500 });
    receiver.status = 200;
    const eve = await certificateFor('eve');
    expect(
      await receiver.waitFor(1, (received) => parsed(received).data.certificateId === eve),
    ).toHaveLength(1);
  }, 90_000);

  it('rotates the secret: both sign for 24 h, then only the new one', async () => {
    const rotated = await given.ok(
      app.request('POST', `/api/v1/webhooks/${webhookId}/secret`, { token: given.admin }),
    );
    const fresh = rotated.body.secret as string;
    expect(fresh).not.toBe(secret);
    const fay = await certificateFor('fay');
    const [withBoth] = await receiver.waitFor(
      1,
      (received) => parsed(received).data.certificateId === fay,
    );
    expect(verifies(secret, withBoth!)).toBe(true);
    expect(verifies(fresh, withBoth!)).toBe(true);
    await moveClockBy(25 * HOUR);
    const gus = await certificateFor('gus');
    const [withNew] = await receiver.waitFor(
      1,
      (received) => parsed(received).data.certificateId === gus,
    );
    expect(verifies(fresh, withNew!)).toBe(true);
    expect(verifies(secret, withNew!)).toBe(false);
    secret = fresh;
  }, 60_000);

  it('replays every matching message after a position, with the original ids', async () => {
    const firstIds = new Set(receiver.received.map((received) => received.headers['webhook-id']));
    const before = receiver.received.length;
    const replay = await app.request('POST', `/api/v1/webhooks/${webhookId}/replay`, {
      token: given.admin,
      body: { fromPosition: '0' },
    });
    expect(replay.status).toBe(202);
    const generatedSoFar = receiver.received.filter(ofType('certificate.generated'));
    const distinct = new Set(generatedSoFar.map((received) => received.headers['webhook-id']));
    const again = await receiver.waitFor(before + distinct.size);
    const replayed = again.slice(before);
    // Every message sent before is sent again, with its own id, in log order.
    expect(new Set(replayed.map((received) => received.headers['webhook-id']))).toEqual(
      new Set(firstIds),
    );
    const positions = replayed.map((received) => Number(parsed(received).data.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const received of replayed) expect(verifies(secret, received)).toBe(true);
  }, 60_000);

  it('refuses URLs that are not https or reach private ranges (400 invalid-webhook-url), and bad bodies', async () => {
    const refusedUrl = async (url: string) =>
      given.refused(
        () => app.request('POST', '/api/v1/webhooks', { token: given.admin, body: { url } }),
        400,
        'invalid-webhook-url',
      );
    for (const url of [
      'http://93.184.216.34/hooks',
      'https://10.1.2.3/hooks',
      'https://172.16.0.1/hooks',
      'https://192.168.1.10/hooks',
      'https://127.0.0.2/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hooks',
      'https://[fe80::1]/hooks',
      'https://[fd00:ec2::254]/hooks',
      'https://[::ffff:10.0.0.1]/hooks',
      'https://100.100.100.200/hooks',
      'https://0.0.0.0/hooks',
      'https://user:password@93.184.216.34/hooks',
      'ftp://93.184.216.34/hooks',
      'not a url',
    ])
      await refusedUrl(url);
    const bad = (body: unknown) =>
      given.refused(
        () => app.request('POST', '/api/v1/webhooks', { token: given.admin, body }),
        400,
        'validation-failed',
      );
    await bad({ url: receiver.url(), events: ['certificate.exploded'] });
    await bad({ url: receiver.url(), events: [] });
    await bad({ url: receiver.url(), secret: 'mine' });
    await given.refused(
      () =>
        app.request('POST', `/api/v1/webhooks/${webhookId}/replay`, {
          token: given.admin,
          body: { fromPosition: '-1' },
        }),
      400,
      'validation-failed',
    );
  });

  it("answers another tenant's webhook ids 404 and a learner 403", async () => {
    const other = await token('globex', 'admin');
    for (const [method, path] of [
      ['GET', `/api/v1/webhooks/${webhookId}`],
      ['GET', `/api/v1/webhooks/${webhookId}/deliveries`],
      ['DELETE', `/api/v1/webhooks/${webhookId}`],
      ['POST', `/api/v1/webhooks/${webhookId}/secret`],
    ] as const)
      expectProblem(await app.request(method, path, { token: other }), 404, 'not-found');
    const learner = await given.learner('ann');
    expectProblem(
      await app.request('GET', '/api/v1/webhooks', { token: learner }),
      403,
      'forbidden',
    );
  });

  it('[R-expiry-reminders] sends certificate.expiring at each reminder offset and certificate.expired, from the cut-off markers', async () => {
    const expiring = (received: Received) =>
      ['certificate.expiring', 'certificate.expired'].includes(parsed(received).type) &&
      parsed(received).data.learnerId === 'ann';
    // Ann's certificate is valid for 12 months: a jump past it crosses 30, 7 and 1 days and the end.
    await moveClockBy(380 * 24 * HOUR);
    await given.enrol('safety', 'ivy');
    const arrived = await receiver.waitFor(4, expiring);
    expect(arrived.map((received) => parsed(received).type)).toEqual([
      'certificate.expiring',
      'certificate.expiring',
      'certificate.expiring',
      'certificate.expired',
    ]);
    for (const received of arrived) {
      expect(verifies(secret, received)).toBe(true);
      expect(parsed(received).data).toMatchObject({
        learnerId: 'ann',
        validUntil: expect.any(String),
        verificationUrl: expect.stringContaining('/verify/'),
      });
    }
    expect(parsed(arrived[3]!).data.status).toBe('expired');
  }, 60_000);

  it('tells of an erasure by the learner id alone', async () => {
    await given.ok(
      app.request('PUT', '/api/v1/learners/zed', {
        token: given.admin,
        body: { name: 'Zed Zebulon', email: 'zed@example.com' },
      }),
    );
    await given.ok(
      app.request('DELETE', '/api/v1/learners/zed', {
        token: given.admin,
        body: { reason: 'asked' },
      }),
    );
    const [erased] = await receiver.waitFor(1, ofType('learner.erased'));
    expect(parsed(erased!).data).toEqual({
      tenantId: 'acme',
      position: expect.any(String),
      learnerId: 'zed',
      status: 'erased',
    });
    expect(erased!.body).not.toMatch(/Zebulon|zed@example/);
  }, 30_000);

  it('delivers nothing more once deleted, and answers 404 for it', async () => {
    await given.ok(app.request('DELETE', `/api/v1/webhooks/${webhookId}`, { token: given.admin }));
    await new Promise((resolve) => setTimeout(resolve, 800));
    const before = receiver.received.length;
    await certificateFor('hal');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.received.length).toBe(before);
    expectProblem(
      await app.request('GET', `/api/v1/webhooks/${webhookId}`, {
        token: given.admin,
        headers: { 'x-consistent-with': String(await app.head()) },
      }),
      404,
      'not-found',
    );
  }, 60_000);
});
