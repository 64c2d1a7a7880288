import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tenantWide } from '../src/core/access-scope';
import type { CommandContext } from '../src/core/command-context';
import { EventSchemas } from '../src/event-store/event-schemas';
import type { EventStore, EventToAppend } from '../src/event-store/event-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { renewCertificate } from '../src/write/certificates/application/renew-certificate.handler';
import { appendPath } from '../src/write/command-handling/append-path';
import { WriteModel } from '../src/write/command-handling/write-model';
import { changeEnrollment } from '../src/write/enrollments/application/change-enrollment.handler';
import { type Benchmark, timed } from './benchmark';

const TENANT = 'bench';
const TRAINING = 'safety';
const ISSUED = '2026-01-05T09:00:00.000Z';
const VALID_UNTIL = '2027-01-05T09:00:00.000Z';
const NOW = new Date('2026-12-20T09:00:00.000Z');

/**
 * A renewal command against a completion command, both through the write model and the one
 * append path on SQLite, one learner's stream each, one at a time: the renewal also folds the
 * learner's certificate stream, the completion only the enrolment. Interleaved rounds, best of each.
 */
export const renewalBenchmark: Benchmark = {
  name: 'renewal',
  async run({ quick }) {
    const learners = quick ? 400 : 2_000;
    const dir = mkdtempSync(join(tmpdir(), 'bench-renewal-'));
    const store = new SqliteEventStore(join(dir, 'events.sqlite'));
    await seed(store, learners * 2 * (ROUNDS + 1));
    const path = appendPath({
      store,
      log: store,
      schemas: EventSchemas.load(),
      keys: { keyFor: () => Promise.reject(new Error('no profiles in this bench')) },
    });
    const write = new WriteModel(store, path.append, { now: () => NOW });
    const context = (): CommandContext => ({
      commandId: randomUUID(),
      tenant: TENANT,
      actor: { id: 'admin-1', roles: ['admin'] },
      correlationId: randomUUID(),
      causationId: randomUUID(),
    });
    const target = (i: number) => ({
      scope: tenantWide,
      trainingId: TRAINING,
      learnerId: learnerId(i),
    });
    const complete = (from: number) =>
      timed(async () => {
        for (let i = from; i < from + learners; i++)
          await changeEnrollment(write, context(), target(i), {
            type: 'CompleteTraining',
            completedAt: null,
            score: null,
          });
      });
    const renew = (from: number) =>
      timed(async () => {
        for (let i = from; i < from + learners; i++)
          await renewCertificate(write, context(), { ...target(i), selfService: false });
      });
    // Learners [0, 4n) are enrolled only; [4n, 8n) hold a generated certificate to renew. Each
    // side once untimed (the JIT's warm-up is neither side's alone), then rounds taking turns, so
    // a slower moment of the machine or a larger log weighs on both sides alike.
    await complete(0);
    await renew(4 * learners);
    const completions: { seconds: number }[] = [];
    const renewals: { seconds: number }[] = [];
    for (let turn = 1; turn <= ROUNDS; turn++) {
      completions.push(await complete(turn * learners));
      renewals.push(await renew((4 + turn) * learners));
    }
    await store.close();
    const rate = (runs: { seconds: number }[]) =>
      learners / Math.min(...runs.map((r) => r.seconds));
    const rates = (runs: { seconds: number }[]) =>
      runs.map((r) => Math.round(learners / r.seconds).toLocaleString('en')).join(', ');
    const renewalRate = rate(renewals);
    const completionRate = rate(completions);
    const ratio = renewalRate / completionRate;
    return [
      {
        name: 'renewal',
        value: round(renewalRate),
        unit: 'commands/s',
        baseline: round(completionRate),
        ratio: round(ratio),
        target: 'ratio >= 0.8',
        met: ratio >= 0.8,
        notes: `${learners.toLocaleString('en')} admin renewals against as many completions (the baseline), each on its own learner, one at a time through the write model and the append path on SQLite; best of ${ROUNDS} interleaved rounds each after one untimed (renewals ${rates(renewals)}/s against completions ${rates(completions)}/s)`,
      },
    ];
  },
};

/** Timed rounds of each side after one untimed. */
const ROUNDS = 3;

const learnerId = (i: number) => `learner-${String(i).padStart(6, '0')}`;

/** A training with a year's validity; half the learners enrolled, half with a certificate. */
async function seed(store: EventStore, count: number): Promise<void> {
  const event = (type: string, data: Record<string, unknown>): EventToAppend => ({
    eventId: randomUUID(),
    type,
    data,
    metadata: {
      tenant: TENANT,
      actor: { id: 'bench', roles: ['integration'] },
      occurredAt: ISSUED,
      command: 'BulkLoad',
      commandId: randomUUID(),
      correlationId: 'bench',
      causationId: 'bench',
      eventVersion: 1,
    },
  });
  await store.append(
    `training-${TENANT}:${TRAINING}`,
    [
      event('TrainingCreated', {
        trainingId: TRAINING,
        type: 'course',
        title: 'Safety',
        groupId: null,
      }),
      event('CertificateAssigned', {
        ...{ trainingId: TRAINING, templateId: 'classic-en', version: 1 },
        ...{ assignedAt: ISSUED, assignedBy: 'admin-1', validForMonths: 12, renewalWindowDays: 30 },
      }),
    ],
    'no-stream',
  );
  for (let i = 0; i < count; i++) {
    const ref = { trainingId: TRAINING, learnerId: learnerId(i) };
    const certified = i >= count / 2;
    await store.append(
      `enrollment-${TENANT}:${TRAINING}:${ref.learnerId}`,
      [
        event('LearnerEnrolled', { ...ref, enrolledAt: ISSUED }),
        event('LearningProgressRecorded', { ...ref, percent: 50 }),
        ...(certified
          ? [event('TrainingCompleted', { ...ref, completedAt: ISSUED, score: null })]
          : []),
      ],
      'no-stream',
    );
    if (!certified) continue;
    const certificateId = randomUUID();
    await store.append(
      `certificate-${TENANT}:${TRAINING}:${ref.learnerId}`,
      [
        event('CertificateGenerationRequested', {
          ...{ ...ref, certificateId, templateId: 'classic-en', version: 1 },
          ...{ requestedAt: ISSUED, requestedBy: ref.learnerId, firstGeneratedAt: ISSUED },
          ...{ validForMonths: 12, renewalWindowDays: 30 },
        }),
        event('CertificateGenerated', {
          ...{ ...ref, certificateId, fileId: certificateId, sha256: 'ab'.repeat(32), size: 1 },
          ...{ generatedAt: ISSUED, validUntil: VALID_UNTIL },
        }),
      ],
      'no-stream',
    );
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
