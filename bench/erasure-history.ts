import { randomUUID } from 'node:crypto';
import type { Appender } from './appenders';
import type { FileStore } from '../src/file-store/file-store';
import { certificateFileKey, credentialFileKey, reportFileKey } from '../src/file-store/file-keys';
import { benchEvent } from './history';

export const TENANT = 'bench';
const CUTOFF = '2026-01-03T00:00:00.000Z';
const SHA = 'c0ffee'.padEnd(64, '0');

/** The learner to erase and the others who share every training (and so every report) with them. */
export interface Learner {
  readonly learnerId: string;
  readonly name: string;
  readonly email: string;
}

export const learners = (count: number): Learner[] =>
  Array.from({ length: count }, (_, i) => ({
    learnerId: `learner-${i}`,
    name: `Zoë Ångström-Núñez ${randomUUID().slice(0, 8)}`,
    email: `learner-${i}.${randomUUID().slice(0, 8)}@acme.example`,
  }));

/**
 * A log and files as the service would have them after `trainings` trainings, each taken by
 * every one of `people` to completion with a generated certificate (PDF and credential on disk,
 * made up bytes: no Chromium), and a done progress report per training (its CSV on disk, listing
 * them by name). Appended through `events`, the service's stack, so profiles are sealed.
 */
export async function appendErasureHistory(
  events: Appender,
  files: FileStore,
  people: readonly Learner[],
  trainings: number,
): Promise<void> {
  let clock = Date.UTC(2026, 0, 1, 8);
  const admin = { id: 'admin-1', roles: ['admin'] };
  const event = (type: string, data: Record<string, unknown>, command: string) => {
    clock += 1_000;
    return benchEvent(TENANT, type, data, command, admin, new Date(clock).toISOString());
  };
  const at = () => new Date(clock).toISOString();
  for (const { learnerId, name, email } of people)
    await events.append(
      `learner-${TENANT}:${learnerId}`,
      [event('LearnerProfileRecorded', { learnerId, name, email }, 'RecordLearnerProfile')],
      'no-stream',
    );
  for (let t = 0; t < trainings; t++) {
    const trainingId = `training-${t}`;
    await events.append(
      `training-${TENANT}:${trainingId}`,
      [
        event(
          'TrainingCreated',
          { trainingId, type: 'course', title: `Training ${t}`, groupId: null },
          'CreateTraining',
        ),
        event(
          'CertificateAssigned',
          { trainingId, templateId: 'classic-en', version: 1, assignedAt: at(), assignedBy: 'a' },
          'AssignCertificate',
        ),
      ],
      'no-stream',
    );
    const csv = ['name,email'];
    for (const { learnerId, name, email } of people) {
      const ref = { trainingId, learnerId };
      await events.append(
        `enrollment-${TENANT}:${trainingId}:${learnerId}`,
        [
          event('LearnerEnrolled', { ...ref, enrolledAt: at() }, 'EnrollLearner'),
          event('TrainingCompleted', { ...ref, completedAt: at(), score: 90 }, 'CompleteTraining'),
        ],
        'no-stream',
      );
      const certificateId = randomUUID();
      const certificate = { certificateId, ...ref };
      await events.append(
        `certificate-${TENANT}:${trainingId}:${learnerId}`,
        [
          event(
            'CertificateGenerationRequested',
            {
              ...certificate,
              ...{ templateId: 'classic-en', version: 1, requestedAt: at() },
              ...{ requestedBy: learnerId, firstGeneratedAt: at() },
            },
            'RequestCertificate',
          ),
          event(
            'CertificateGenerated',
            { ...certificate, fileId: certificateId, sha256: SHA, size: 48_213, generatedAt: at() },
            'GenerateCertificate',
          ),
        ],
        'no-stream',
      );
      await files.putIfAbsent(certificateFileKey(certificateId), Buffer.from(`%PDF ${name}`));
      await files.putIfAbsent(credentialFileKey(certificateId), Buffer.from(`{"name":"${name}"}`));
      csv.push(`${name},${email}`);
    }
    const reportId = randomUUID();
    const report = { reportId, trainingId };
    await events.append(
      `report-${TENANT}:${reportId}`,
      [
        event(
          'ProgressReportRequested',
          { ...report, cutoff: CUTOFF, groupId: null, requestedAt: at(), requestedBy: 'a' },
          'RequestProgressReport',
        ),
        event('ProgressReportStarted', { ...report, startedAt: at() }, 'RunProgressReport'),
        event(
          'ProgressReportCompleted',
          { ...report, rowCount: people.length, sha256: SHA, size: 100, completedAt: at() },
          'RunProgressReport',
        ),
      ],
      'no-stream',
    );
    await files.putIfAbsent(reportFileKey(reportId), Buffer.from(csv.join('\n')));
  }
}
