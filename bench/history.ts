import { randomUUID } from 'node:crypto';
import type { EventMetadata, EventToAppend } from '../src/event-store/event-store';
import type { Appender } from './appenders';

const TENANTS = ['acme', 'globex', 'initech', 'umbrella'];
const TRAININGS_PER_TENANT = 25;
const DAYS = 30;
const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const SHA = 'c0ffee'.padEnd(64, '0');

/**
 * Appends a realistic, valid history of about `total` events straight to the store, a stream's
 * worth of events per append: per tenant the certificates feature, an authored template and
 * trainings with a certificate assigned; then, over 30 days (a DailyCutoffPassed marker in
 * `cutoffs-_platform` at each midnight), learners' profiles, enrolments with three progress
 * reports and a completion, certificates requested and generated (one in ten deleted again),
 * and now and then a progress report. Appends go through `checked` (schema validation) for
 * the first events, which covers every shape, then straight to `store`.
 */
export async function appendHistory(
  store: Appender,
  checked: Appender,
  total: number,
): Promise<number> {
  let appended = 0;
  let clock = START;
  const append = async (
    stream: string,
    events: EventToAppend[],
    expected: 'no-stream' | bigint,
  ) => {
    await (appended < 20_000 ? checked : store).append(stream, events, expected);
    appended += events.length;
  };
  const event = (
    tenant: string,
    type: string,
    data: Record<string, unknown>,
    command: string,
    actor: EventMetadata['actor'],
  ): EventToAppend => {
    clock += 1_000;
    return benchEvent(tenant, type, data, command, actor, new Date(clock).toISOString());
  };
  const at = () => new Date(clock).toISOString();
  const admin = { id: 'admin-1', roles: ['admin'] };
  const integration = { id: 'lms-sync', roles: ['integration'] };
  const system = { id: 'system:renderer', roles: [] };

  for (const tenant of TENANTS) {
    await append(
      `certificatesFeature-${tenant}`,
      [
        event(tenant, 'CertificatesFeatureEnabled', { tenantId: tenant }, 'EnableCertificates', {
          id: 'operator-1',
          roles: ['operator'],
        }),
      ],
      'no-stream',
    );
    const templateId = `${tenant}-award`;
    await append(
      `template-${tenant}:${templateId}`,
      [
        event(
          tenant,
          'CertificateTemplateCreated',
          {
            templateId,
            kind: 'author',
            title: `${tenant} award of completion`,
            language: 'en',
            ownerTenantId: tenant,
            createdBy: admin.id,
            createdAt: at(),
          },
          'CreateTemplate',
          admin,
        ),
        event(
          tenant,
          'CertificateTemplateVersionPublished',
          {
            templateId,
            version: 1,
            html: '<main class="certificate"><h1>Award</h1><p>{{learner.name}}, {{training.title}}, {{completedAt}}</p></main>',
            css: '.certificate { font-family: Georgia, serif; text-align: center; padding: 48px; }',
            page: { size: 'A4', orientation: 'landscape' },
            note: null,
            publishedAt: at(),
            publishedBy: admin.id,
          },
          'PublishTemplateVersion',
          admin,
        ),
      ],
      'no-stream',
    );
    for (let t = 0; t < TRAININGS_PER_TENANT; t++) {
      const trainingId = `training-${t}`;
      const [templateId2, version] = t % 2 === 0 ? ['classic-en', 1] : [templateId, 1];
      await append(
        `training-${tenant}:${trainingId}`,
        [
          event(
            tenant,
            'TrainingCreated',
            {
              trainingId,
              type: 'course',
              title: `Training ${t}`,
              groupId: t % 5 === 0 ? 'north' : null,
            },
            'CreateTraining',
            admin,
          ),
          event(
            tenant,
            'CertificateAssigned',
            {
              trainingId,
              templateId: templateId2,
              version,
              assignedAt: at(),
              assignedBy: admin.id,
            },
            'AssignCertificate',
            admin,
          ),
        ],
        'no-stream',
      );
    }
  }

  let cutoffs: bigint | 'no-stream' = 'no-stream';
  let journey = 0;
  for (let day = 1; day <= DAYS; day++) {
    const midnight = START + day * DAY_MS;
    clock = Math.max(clock, midnight);
    const dayText = new Date(midnight).toISOString().slice(0, 10);
    await append(
      'cutoffs-_platform',
      [
        event(
          '_platform',
          'DailyCutoffPassed',
          { cutoff: new Date(midnight).toISOString(), day: dayText },
          'RecordDailyCutoff',
          { id: 'system:cutoff-scheduler', roles: [] },
        ),
      ],
      cutoffs,
    );
    cutoffs = cutoffs === 'no-stream' ? 0n : cutoffs + 1n;
    const dayEnd = Math.round((total * day) / DAYS);
    // Spread the day's events over its 24 hours.
    const step = Math.max(1, Math.floor(DAY_MS / Math.max(1, (dayEnd - appended) * 1_000)));
    while (appended < dayEnd) {
      const i = journey++;
      const tenant = TENANTS[i % TENANTS.length]!;
      // Each learner takes two trainings; the profile comes with the first.
      const learnerId = `learner-${Math.floor(i / 2)}`;
      const trainingId = `training-${(Math.floor(i / 2) * 7 + (i % 2) * 3) % TRAININGS_PER_TENANT}`;
      const ref = { trainingId, learnerId };
      const tick = () => (clock += step * 1_000);
      if (i % 2 === 0) {
        tick();
        await append(
          `learner-${tenant}:${learnerId}`,
          [
            event(
              tenant,
              'LearnerProfileRecorded',
              {
                learnerId,
                name: `Zoë Ångström-Núñez ${i}`,
                email: `${learnerId}@${tenant}.example`,
              },
              'RecordLearnerProfile',
              integration,
            ),
          ],
          'no-stream',
        );
      }
      tick();
      await append(
        `enrollment-${tenant}:${trainingId}:${learnerId}`,
        [
          event(tenant, 'LearnerEnrolled', { ...ref, enrolledAt: at() }, 'EnrollLearner', admin),
          event(
            tenant,
            'LearningProgressRecorded',
            { ...ref, percent: 25 },
            'RecordProgress',
            integration,
          ),
          event(
            tenant,
            'LearningProgressRecorded',
            { ...ref, percent: 60 },
            'RecordProgress',
            integration,
          ),
          event(
            tenant,
            'LearningProgressRecorded',
            { ...ref, percent: 90 },
            'RecordProgress',
            integration,
          ),
          event(
            tenant,
            'TrainingCompleted',
            { ...ref, completedAt: at(), score: i % 101 },
            'CompleteTraining',
            integration,
          ),
        ],
        'no-stream',
      );
      tick();
      const certificateId = randomUUID();
      const certificate = { certificateId, ...ref };
      const templateId =
        Number(trainingId.slice('training-'.length)) % 2 === 0 ? 'classic-en' : `${tenant}-award`;
      await append(
        `certificate-${tenant}:${trainingId}:${learnerId}`,
        [
          event(
            tenant,
            'CertificateGenerationRequested',
            {
              ...certificate,
              templateId,
              version: 1,
              requestedAt: at(),
              requestedBy: learnerId,
              firstGeneratedAt: at(),
            },
            'RequestCertificate',
            { id: learnerId, roles: ['learner'] },
          ),
          event(
            tenant,
            'CertificateGenerated',
            { ...certificate, fileId: certificateId, sha256: SHA, size: 48_213, generatedAt: at() },
            'GenerateCertificate',
            system,
          ),
          ...(i % 10 === 0
            ? [
                event(
                  tenant,
                  'CertificateDeleted',
                  { ...certificate, reason: null, deletedBy: admin.id, deletedAt: at() },
                  'DeleteCertificate',
                  admin,
                ),
              ]
            : []),
        ],
        'no-stream',
      );
      if (i % 2_000 === 1_999) {
        const reportId = randomUUID();
        const report = { reportId, trainingId };
        await append(
          `report-${tenant}:${reportId}`,
          [
            event(
              tenant,
              'ProgressReportRequested',
              {
                ...report,
                cutoff: `${dayText}T00:00:00.000Z`,
                groupId: null,
                requestedAt: at(),
                requestedBy: admin.id,
              },
              'RequestProgressReport',
              admin,
            ),
            event(
              tenant,
              'ProgressReportStarted',
              { ...report, startedAt: at() },
              'RunProgressReport',
              system,
            ),
            event(
              tenant,
              'ProgressReportCompleted',
              { ...report, rowCount: 1_000, sha256: SHA, size: 90_000, completedAt: at() },
              'RunProgressReport',
              system,
            ),
          ],
          'no-stream',
        );
      }
    }
  }
  return appended;
}

/** An event with fresh ids and valid metadata, as `actor`'s command appends it at `occurredAt`. */
export function benchEvent(
  tenant: string,
  type: string,
  data: Record<string, unknown>,
  command: string,
  actor: EventMetadata['actor'],
  occurredAt: string,
): EventToAppend {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: {
      tenant,
      actor,
      occurredAt,
      command,
      commandId,
      correlationId: commandId,
      causationId: commandId,
      eventVersion: 1,
    },
  };
}
