import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend } from '../../src/event-store/event-store';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString();

function event(
  tenant: string,
  type: string,
  data: Record<string, unknown>,
  minute: number,
): EventToAppend {
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: {
      tenant,
      actor: { id: 'bulk-loader', roles: ['integration'] },
      occurredAt: at(minute),
      command: 'BulkLoad',
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      eventVersion: 1,
    },
  };
}

/**
 * A large valid history appended straight to the store, much faster than commands over HTTP:
 * trainings with assignments, and per learner an enrolment, progress, completion and a
 * generated certificate (8 events per learner and training).
 */
export async function appendBulkHistory(
  store: Pick<EventStore, 'append'>,
  tenant: string,
  learners: number,
) {
  const trainingId = `bulk-${randomUUID().slice(0, 8)}`;
  await store.append(
    `training-${tenant}:${trainingId}`,
    [
      event(
        tenant,
        'TrainingCreated',
        { trainingId, type: 'course', title: `Bulk ${trainingId}`, groupId: null },
        0,
      ),
      event(
        tenant,
        'CertificateAssigned',
        {
          trainingId,
          templateId: 'classic-en',
          version: 1,
          assignedAt: at(1),
          assignedBy: 'admin-1',
        },
        1,
      ),
    ],
    'no-stream',
  );
  for (let i = 0; i < learners; i++) {
    const learnerId = `bulk-l${i}`;
    const ref = { trainingId, learnerId };
    await store.append(
      `enrollment-${tenant}:${trainingId}:${learnerId}`,
      [
        event(tenant, 'LearnerEnrolled', { ...ref, enrolledAt: at(i) }, i),
        event(tenant, 'LearningProgressRecorded', { ...ref, percent: 30 }, i + 1),
        event(tenant, 'LearningProgressRecorded', { ...ref, percent: 70 }, i + 2),
        event(
          tenant,
          'TrainingCompleted',
          { ...ref, completedAt: at(i + 3), score: i % 100 },
          i + 3,
        ),
      ],
      'no-stream',
    );
    const certificateId = randomUUID();
    const certificate = { certificateId, ...ref };
    await store.append(
      `certificate-${tenant}:${trainingId}:${learnerId}`,
      [
        event(
          tenant,
          'CertificateGenerationRequested',
          {
            ...certificate,
            templateId: 'classic-en',
            version: 1,
            requestedAt: at(i + 4),
            requestedBy: learnerId,
            firstGeneratedAt: at(i + 4),
          },
          i + 4,
        ),
        event(
          tenant,
          'CertificateGenerated',
          {
            ...certificate,
            fileId: certificateId,
            sha256: 'a'.repeat(64),
            size: 1000,
            generatedAt: at(i + 5),
          },
          i + 5,
        ),
        ...(i % 10 === 0
          ? [
              event(
                tenant,
                'CertificateDeleted',
                { ...certificate, reason: null, deletedBy: 'admin-1', deletedAt: at(i + 6) },
                i + 6,
              ),
            ]
          : [
              event(
                tenant,
                'LearnerProfileRecorded',
                { learnerId, name: `Bulk ${i}`, email: `b${i}@example.com` },
                i + 6,
              ),
            ]),
      ],
      'no-stream',
    );
  }
}
