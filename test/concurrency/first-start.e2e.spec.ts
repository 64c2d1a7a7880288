import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../../src/auth/sign-token';
import type { Role } from '../../src/auth/actor';
import { CLASSIC_TEMPLATES } from '../../src/write/templates/classic/classic-templates';
import { independentVerifier } from '../credentials/independent-verifier';
import { type BuiltService, exited, healthy, startBuiltService } from '../support/built-service';
import { readWholeLog } from '../support/cluster-checks';
import { documentedFetch } from '../support/documented-fetch';
import { type ServiceAnswer, serviceCalls } from '../support/service-calls';

/** One name for the deployment, as behind a load balancer: every instance signs for the same did:web. */
const PUBLIC_URL = 'https://certificates.example';

/**
 * Three instances started at the same moment on a DATA_DIR that does not exist yet, as an
 * orchestrator starts the replicas of a fresh deployment. Whatever the first start creates (the
 * folder, the SQLite files and their schemas, the secrets, the learners' key store, the issuer
 * keys, the classic templates) must be created once, every instance using the one that won.
 * START_JITTER_MS (default 0: all at once) spreads the starts over up to that many milliseconds,
 * to try other interleavings by hand.
 */
describe('Three instances started together on an empty DATA_DIR', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'first-start-')), 'data');
  const jitter = Number(process.env.START_JITTER_MS ?? 0);
  let instances: BuiltService[] = [];
  // Long enough for a render on a busy machine, each instance starting its own Chromium.
  const calls = (i: number) => serviceCalls(() => instances[i]!.url, { timeoutMs: 60_000 });
  const [a, b, c] = [calls(0), calls(1), calls(2)];
  let token: (role: Role, sub?: string) => Promise<string>;

  beforeAll(async () => {
    const started = [0, 1, 2].map(async () => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * jitter));
      // No AUTH_JWT_SECRET: each instance makes (or finds) the one in DATA_DIR, as in production.
      return startBuiltService(dataDir, {
        AUTH_JWT_SECRET: undefined,
        PUBLIC_URL,
        RENDER_POOL_SIZE: '1',
        RATE_LIMIT_MAX: '0',
        // The webhook below is never delivered to (port 9 refuses); it need only be accepted.
        WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
      });
    });
    const since = Date.now();
    instances = await Promise.all(started);
    // Six processes (each instance's and its background's) loading at once on a shared machine:
    // a minute is not always enough, however right the start.
    const ready = instances.map(async (instance, i) => {
      await healthy(instance, 120_000);
      return `${i}: ${Date.now() - since} ms`;
    });
    const times = await Promise.all(ready).catch(async (error: unknown) => {
      // What each instance said: the first start's failure is in it (all of it, if it ended).
      const ended = instances.filter((instance) => instance.child.exitCode !== null);
      const unread = ended.map((instance) => instance.child.stderr!);
      await Promise.all(unread.filter((s) => !s.readableEnded).map((s) => once(s, 'end')));
      const said = instances.map((instance, i) => `instance ${i}: ${instance.stderr()}`);
      throw new Error(`${String(error)}\n${said.join('\n')}`);
    });
    process.stderr.write(`first start, each instance healthy after: ${times.join(', ')}\n`);
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
    token = (role, sub = `${role}-1`) =>
      signToken(secret, {
        sub,
        tenant: role === 'operator' ? 'platform' : 'acme',
        roles: [role],
      });
  }, 150_000);

  // Those a failed test left running.
  afterAll(async () => {
    for (const instance of instances) instance.child.kill('SIGTERM');
    await Promise.all(instances.map((instance) => exited(instance.child)));
  });

  it('accept a token signed with the secret found in DATA_DIR, each of them', async () => {
    const admin = await token('admin');
    for (const { call } of [a, b, c])
      expect((await call('GET', '/api/v1/features/certificates', admin)).status).toBe(200);
  });

  it('seeded each classic template once', async () => {
    // Operators see the product's classic templates, whatever a tenant's feature says.
    const operator = await token('operator');
    // Seeded before listening, but projected in the background: read once all are there.
    const lists = await Promise.all(
      [a, b, c].map(({ call, eventually }) =>
        eventually(
          () => call('GET', '/api/v1/certificate-templates?kind=classic', operator),
          (answer) => answer.json?.length >= CLASSIC_TEMPLATES.length,
        ),
      ),
    );
    const summary = (answer: ServiceAnswer) =>
      (answer.json as { templateId: string; versions: unknown[] }[])
        .map(({ templateId, versions }) => `${templateId}:${versions.length}`)
        .sort();
    const expected = CLASSIC_TEMPLATES.map(({ templateId }) => `${templateId}:1`).sort();
    for (const list of lists) expect(summary(list)).toEqual(expected);
    const created = (await readWholeLog(dataDir)).filter(
      (e) => e.type === 'CertificateTemplateCreated',
    );
    expect(created.map((e) => e.stream).sort()).toEqual(
      [...new Set(created.map((e) => e.stream))].sort(),
    );
    expect(created).toHaveLength(CLASSIC_TEMPLATES.length);
  });

  it('answer a command sent to one with an Idempotency-Key as the same command on the others', async () => {
    // A webhook's id derives from the command id (keyed with the command-id secret), and its
    // signing secret from that id under the webhook key: both secrets must be the one in DATA_DIR.
    const admin = await token('admin');
    const send = (service: BuiltService) =>
      documentedFetch(`${service.url}/api/v1/webhooks`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${admin}`,
          'content-type': 'application/json',
          'idempotency-key': 'first-hook',
        },
        body: JSON.stringify({ url: 'http://127.0.0.1:9/certificates' }),
      }).then(async (response) => ({ status: response.status, body: await response.text() }));
    const appended = async () =>
      (await readWholeLog(dataDir)).filter((e) => e.metadata.idempotencyKey === 'first-hook');
    const first = await send(instances[0]!);
    expect(first.status).toBe(201);
    const events = await appended();
    expect(events).toHaveLength(1);
    for (const other of instances.slice(1)) expect(await send(other)).toEqual(first);
    expect(await appended()).toEqual(events);
  });

  it('open a learner profile recorded through any of them on every other', async () => {
    const admin = await token('admin');
    const learners = ['ana', 'bo', 'cy'];
    // All at once: the first keys are made in a key store every instance just opened.
    await Promise.all(
      [a, b, c].map(({ ok, call }, i) =>
        ok(
          call('PUT', `/api/v1/learners/${learners[i]}`, admin, {
            name: `Learner ${learners[i]}`,
            email: `${learners[i]}@example.com`,
          }),
        ),
      ),
    );
    for (const [i, learnerId] of learners.entries())
      for (const reader of [a, b, c].filter((_, j) => j !== i)) {
        const exported = await reader.eventually(
          () => reader.call('GET', `/api/v1/learners/${learnerId}/personal-data`, admin),
          (answer) => answer.json?.profile !== undefined,
        );
        expect({ status: exported.status, profile: exported.json?.profile }).toEqual({
          status: 200,
          profile: { name: `Learner ${learnerId}`, email: `${learnerId}@example.com` },
        });
      }
  });

  it('sign a credential requested through one with the issuer key the others publish', async () => {
    const [admin, operator] = await Promise.all([token('admin'), token('operator')]);
    await a.ok(
      a.call('PUT', '/api/v1/tenants/acme/features/certificates', operator, { enabled: true }),
    );
    await a.ok(
      a.call('POST', '/api/v1/trainings', admin, { trainingId: 't1', type: 'course', title: 'T1' }),
    );
    await a.ok(
      a.call('PUT', '/api/v1/trainings/t1/certificate', admin, {
        templateId: 'classic-en',
        version: 1,
      }),
    );
    const learners = ['ana', 'bo', 'cy'];
    for (const learnerId of learners) {
      await a.ok(a.call('POST', '/api/v1/trainings/t1/enrollments', admin, { learnerId }));
      await a.ok(
        a.call('POST', `/api/v1/trainings/t1/learners/${learnerId}/completion`, admin, {}),
      );
    }
    // Requested through each at once: whichever background renders first makes the tenant's key.
    const requested = await Promise.all(
      [a, b, c].map(async ({ ok, call }, i) =>
        ok(
          call(
            'POST',
            `/api/v1/me/learning-records/t1/certificate`,
            await token('learner', learners[i]),
          ),
        ),
      ),
    );
    const ids = requested.map((answer) => answer.json.certificateId as string);
    const credentials = await Promise.all(
      ids.map(async (id) => {
        const answer = await a.eventually(
          () => a.call('GET', `/api/v1/public/certificates/${id}/credential`, null),
          (got) => got.status === 200,
        );
        expect(answer.status).toBe(200);
        return answer.json as { proof: { verificationMethod: string }[] };
      }),
    );
    const documents = await Promise.all(
      [a, b, c].map(({ ok, call }) => ok(call('GET', '/tenants/acme/did.json', null))),
    );
    for (const document of documents) expect(document.json).toEqual(documents[0]!.json);
    expect(documents[0]!.json.assertionMethod).toHaveLength(1);
    for (const credential of credentials)
      expect(credential.proof[0]!.verificationMethod).toBe(documents[0]!.json.assertionMethod[0]);
    // Verified against B's DID document and C's status list, by a verifier that is not ours.
    const verifier = independentVerifier((url) =>
      documentedFetch(
        `${instances[url.pathname.endsWith('did.json') ? 1 : 2]!.url}${url.pathname}`,
      ),
    );
    for (const credential of credentials) {
      const result = await verifier.verify(credential);
      expect({ verified: result.verified, error: result.error }).toEqual({
        verified: true,
        error: undefined,
      });
    }
    expect(readdirSync(join(dataDir, 'issuer-keys', 'acme'))).toEqual(['key-000001.json']);
  }, 120_000);

  it('leave one of each secret in DATA_DIR, no draft beside it', () => {
    const names = readdirSync(dataDir);
    for (const secret of ['jwt-secret', 'command-id-secret', 'webhook-secret-key'])
      expect(names.filter((name) => name.startsWith(secret))).toEqual([secret]);
  });

  it('stop on SIGTERM, each of them', async () => {
    for (const instance of instances) instance.child.kill('SIGTERM');
    const exits = await Promise.all(instances.map((instance) => exited(instance.child)));
    expect(exits.map(({ code }) => code)).toEqual([0, 0, 0]);
  });
});
