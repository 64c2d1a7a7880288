import type { Role } from '../../src/auth/actor';
import type { Requester } from './service-cluster';
import { token } from './test-app';

/** A small seeded generator (mulberry32), so a failing history can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HistoryShape {
  readonly seed: number;
  readonly commands: number;
  readonly tenants?: number;
  readonly trainingsPerTenant?: number;
  readonly learnersPerTenant?: number;
  /** Moves the test clock (TEST_CLOCK=1) past this many midnights, spread over the history. */
  readonly midnights?: number;
  /**
   * Settles a generation the history just asked for, as the generation reactor would (for a
   * service whose reactors are off), so revocations and renewals have certificates to act on.
   */
  readonly settle?: (
    tenant: string,
    target: { trainingId: string; learnerId: string },
  ) => Promise<void>;
}

const DAY = 86_400_000;

/**
 * Sends a random but plausible history of commands over HTTP: several tenants, trainings,
 * learners and template versions; assignments (some with a validity), completions, generations,
 * deletions, revocations, renewals, issuer profiles. Many are refused (not completed, feature off, ...), as
 * in real life; every one is counted.
 */
export async function sendRandomHistory(app: Requester, shape: HistoryShape) {
  const random = seededRandom(shape.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const tenants = Array.from({ length: shape.tenants ?? 3 }, (_, i) => `tenant${i}`);
  const trainings = Array.from({ length: shape.trainingsPerTenant ?? 8 }, (_, i) => `t${i}`);
  const learners = Array.from({ length: shape.learnersPerTenant ?? 25 }, (_, i) => `l${i}`);
  const groups = ['g1', 'g2', null];
  const tokens = new Map<string, string>();
  const bearer = async (tenant: string, role: Role, sub = `${role}-1`) => {
    const key = `${tenant}/${role}/${sub}`;
    if (!tokens.has(key)) tokens.set(key, await token(tenant, role, { sub }));
    return tokens.get(key)!;
  };
  const templates = new Map<string, string[]>(
    tenants.map((t) => [t, ['classic-en', 'classic-fr']]),
  );
  const statuses = new Map<number, number>();
  const send = async (method: string, url: string, auth: string, body?: unknown) => {
    const answer = await app.request(method, url, { token: auth, body });
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (answer.status >= 500) throw new Error(`${method} ${url}: ${answer.status} ${answer.raw}`);
    return answer;
  };

  const operator = await token('platform', 'operator');
  for (const tenant of tenants) {
    await send('PUT', `/api/v1/tenants/${tenant}/features/certificates`, operator, {
      enabled: true,
    });
    for (const trainingId of trainings)
      await send('POST', '/api/v1/trainings', await bearer(tenant, 'admin'), {
        trainingId,
        type: pick(['course', 'pathway', 'learning-program'] as const),
        title: `Training ${trainingId} of ${tenant}`,
        groupId: pick(groups),
      });
  }

  const actions: [number, (tenant: string) => Promise<unknown>][] = [
    [
      1,
      async (tenant) =>
        send('PUT', `/api/v1/tenants/${tenant}/features/certificates`, operator, {
          enabled: random() < 0.85,
        }),
    ],
    [
      3,
      async (tenant) => {
        const answer = await send(
          'POST',
          '/api/v1/certificate-templates',
          await bearer(tenant, 'author'),
          {
            kind: 'author',
            title: `Diploma ${Math.floor(random() * 1000)}`,
            language: pick(['en', 'es', 'fr']),
            html: '<p>{{learner.name}}</p>',
          },
        );
        templates.get(tenant)!.push(answer.body.templateId as string);
      },
    ],
    [
      4,
      async (tenant) => {
        const templateId = pick(templates.get(tenant)!);
        if (templateId.startsWith('classic')) return;
        await send(
          'POST',
          `/api/v1/certificate-templates/${templateId}/versions`,
          await bearer(tenant, 'author'),
          { html: `<p>v ${random()}</p>` },
        );
      },
    ],
    [
      8,
      async (tenant) =>
        send(
          'PUT',
          `/api/v1/trainings/${pick(trainings)}/certificate`,
          await bearer(tenant, 'admin'),
          {
            templateId: pick(templates.get(tenant)!),
            version: 1 + Math.floor(random() * 3),
            ...(random() < 0.3 && { validForMonths: pick([1, 6, 12, 24, 120]) }),
            ...(random() < 0.1 && { validForMonths: 1, renewalWindowDays: pick([1, 30, 365]) }),
          },
        ),
    ],
    [
      1,
      async (tenant) =>
        send(
          'DELETE',
          `/api/v1/trainings/${pick(trainings)}/certificate`,
          await bearer(tenant, 'admin'),
        ),
    ],
    [
      6,
      async (tenant) => {
        const learner = pick(learners);
        await send('PUT', `/api/v1/learners/${learner}`, await bearer(tenant, 'integration'), {
          name: `Learner ${learner} Ñoño`,
          email: `${learner}@${tenant}.example`,
        });
      },
    ],
    [
      12,
      async (tenant) =>
        send(
          'POST',
          `/api/v1/trainings/${pick(trainings)}/enrollments`,
          await bearer(tenant, 'integration'),
          { learnerId: pick(learners) },
        ),
    ],
    [
      20,
      async (tenant) =>
        send(
          'POST',
          `/api/v1/trainings/${pick(trainings)}/learners/${pick(learners)}/progress`,
          await bearer(tenant, 'integration'),
          { percent: Math.floor(random() * 101) },
        ),
    ],
    [
      12,
      async (tenant) =>
        send(
          'POST',
          `/api/v1/trainings/${pick(trainings)}/learners/${pick(learners)}/completion`,
          await bearer(tenant, 'integration'),
          { score: Math.floor(random() * 100) },
        ),
    ],
    [
      16,
      async (tenant) => {
        const learner = pick(learners);
        const trainingId = pick(trainings);
        const answer = await send(
          'POST',
          `/api/v1/me/learning-records/${trainingId}/certificate`,
          await bearer(tenant, 'learner', learner),
        );
        if (answer.status === 202 && random() < 0.8)
          await shape.settle?.(tenant, { trainingId, learnerId: learner });
      },
    ],
    [
      3,
      // Renewals: the learner's (mostly refused: the window is rarely open) and an admin's.
      async (tenant) =>
        random() < 0.5
          ? send(
              'POST',
              `/api/v1/me/learning-records/${pick(trainings)}/renewal`,
              await bearer(tenant, 'learner', pick(learners)),
            )
          : send(
              'POST',
              `/api/v1/trainings/${pick(trainings)}/learners/${pick(learners)}/renewal`,
              await bearer(tenant, 'admin'),
            ),
    ],
    [
      4,
      async (tenant) =>
        send(
          'DELETE',
          `/api/v1/trainings/${pick(trainings)}/learners/${pick(learners)}/certificate`,
          await bearer(tenant, 'admin'),
          { reason: 'random' },
        ),
    ],
    [
      4,
      async (tenant) =>
        send(
          'POST',
          `/api/v1/trainings/${pick(trainings)}/learners/${pick(learners)}/certificate`,
          await bearer(tenant, 'admin'),
        ),
    ],
    [
      2,
      async (tenant) =>
        send(
          'POST',
          `/api/v1/trainings/${pick(trainings)}/learners/${pick(learners)}/certificate/revocation`,
          await bearer(tenant, 'admin'),
          { reason: 'random' },
        ),
    ],
    [
      1,
      // A few erasures: their learners' profiles read back without name and e-mail afterwards.
      async (tenant) =>
        random() < 0.1
          ? send('DELETE', `/api/v1/learners/${pick(learners)}`, await bearer(tenant, 'admin'), {
              reason: 'random',
            })
          : undefined,
    ],
    [
      1,
      async (tenant) =>
        send('PUT', `/api/v1/tenants/${tenant}/profile`, await bearer(tenant, 'admin'), {
          name: `Academy of ${tenant} ${Math.floor(random() * 10)}`,
          ...(random() < 0.5 && { url: `https://${tenant}.example` }),
        }),
    ],
  ];
  const total = actions.reduce((sum, [weight]) => sum + weight, 0);
  let sent = tenants.length * (1 + trainings.length);
  const midnights = shape.midnights ?? 0;
  const commandsPerDay = Math.max(1, Math.floor(shape.commands / (midnights + 1)));
  const nextDay = async () => {
    const now = Date.parse((await send('GET', '/api/v1/test-clock', operator)).body.now);
    await send('PUT', '/api/v1/test-clock', operator, { now: new Date(now + DAY).toISOString() });
  };
  for (let day = 1; sent < shape.commands;) {
    if (day <= midnights && sent >= commandsPerDay * day) {
      await nextDay();
      day++;
    }
    let roll = random() * total;
    const [, action] = actions.find(([weight]) => (roll -= weight) < 0) ?? actions[0]!;
    await action(pick(tenants));
    sent++;
  }
  return { sent, statuses: Object.fromEntries(statuses) };
}
