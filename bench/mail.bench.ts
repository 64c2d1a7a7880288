import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { loadConfig } from '../src/config/config';
import { streams } from '../src/core/stream-names';
import { createApp } from '../src/create-app';
import { EVENT_LOG, type EventLog, type EventToAppend } from '../src/event-store/event-store';
import { openEventStore } from '../src/event-store/open-event-store';
import { openPersonalDataKeys } from '../src/personal-data/open-personal-data-keys';
import {
  LEARNER_MAILS,
  MAIL_CONCURRENCY,
} from '../src/reactors/learner-mails/learner-mails.reactor';
import { composeMail } from '../src/reactors/learner-mails/mail-templates';
import { reactorCheckpoint } from '../src/reactors/reactor';
import { READ_STORE, type ReadStore } from '../src/read-store/read-store';
import type { AppendPath } from '../src/write/command-handling/append-path';
import { APPEND_PATH } from '../src/write/command-handling/command-handling.module';
import { benchDir, removeDir, round } from './append-workload';
import { type Appender, checkedAppender } from './appenders';
import { type Benchmark, timed } from './benchmark';
import { benchEvent } from './history';
import { inProcessConfig, until } from './in-process-service';

const TENANT = 'bench';
const TRAINING = 'safety';
const ISSUED = '2026-01-05T09:00:00.000Z';
const VALID_UNTIL = '2030-03-05T09:00:00.000Z';
const CUTOFF = '2026-03-06T00:00:00.000Z';
const admin = { id: 'admin-1', roles: ['admin'] };

/**
 * Mails per second from the log to a local SMTP server (smtp-server in this process), through
 * the service as deployed in-process: `CertificateExpired` and then `CertificateExpiring`
 * appended for every learner, each read by the mail reactor (settings, the certificate's
 * public facts, the learner's sealed profile opened, the mail record claimed and settled, the
 * checkpoint saved) and sent over its pooled transport, one at a time in log order. Baseline:
 * bare nodemailer sending as many mails of the same templates one after the other over a
 * pooled transport of the same settings to the same server. Best of two rounds each.
 */
export const mailBenchmark: Benchmark = {
  name: 'mail',
  async run({ quick }) {
    const count = quick ? 300 : 2_000;
    const server = await countingSmtpServer();
    const dataDir = benchDir('mail');
    const config = inProcessConfig(dataDir, { SMTP_URL: server.url });
    const certificates = await seed(config, count);
    const app = await createApp(config);
    try {
      const log = app.get<EventLog>(EVENT_LOG);
      const store = app.get<ReadStore>(READ_STORE);
      const append = app.get<AppendPath>(APPEND_PATH).append;
      const settled = () => reactorSettled(log, store);
      await until(settled);
      if (server.received() !== 0) throw new Error('mails sent before the measured rounds');
      const notices: [string, Record<string, unknown>][] = [
        ['CertificateExpired', {}],
        ['CertificateExpiring', { daysBefore: 7 }],
      ];
      const reactorRounds = [];
      for (const [round, [type, extra]] of notices.entries()) {
        // Each certificate's notices stream: new in the first round, one event in the second.
        const expected = round === 0 ? ('no-stream' as const) : 0n;
        const before = server.received();
        reactorRounds.push(
          await timed(async () => {
            for (const [i, certificateId] of certificates.entries()) {
              const data = { ...notice(certificateId, i), ...extra };
              const event = benchEvent(
                TENANT,
                type,
                data,
                'NoticeCertificateExpiry',
                admin,
                CUTOFF,
              );
              await append(streams.certificateNotices(TENANT, certificateId), [event], expected);
            }
            await until(() => Promise.resolve(server.received() >= before + count));
          }),
        );
      }
      await until(settled);
      const bareRounds = [await bareSends(server.url, count), await bareSends(server.url, count)];
      const rate = (runs: { seconds: number }[]) => count / Math.min(...runs.map((r) => r.seconds));
      const value = rate(reactorRounds);
      const baseline = rate(bareRounds);
      const ratio = value / baseline;
      const sent = server.received();
      if (sent !== 4 * count) throw new Error(`${sent} mails arrived, not ${4 * count}`);
      return [
        {
          name: 'mail',
          value: round(value),
          unit: 'mails/s',
          baseline: round(baseline),
          ratio: round(ratio),
          target: 'ratio >= 0.5',
          met: ratio >= 0.5,
          notes: `${count.toLocaleString('en')} expiry and then ${count.toLocaleString('en')} reminder notices appended to the log, each mailed by the mail reactor (settings, public facts, sealed profile opened, record claimed and settled, checkpoint) over its pooled transport to smtp-server in the same process, timed from the first append to the last mail received; baseline: bare nodemailer, the same templates and pool settings, one mail after the other; best of two rounds each`,
        },
      ];
    } finally {
      await app.close();
      await server.close();
      removeDir(dataDir);
    }
  },
};

const notice = (certificateId: string, i: number) => ({
  certificateId,
  trainingId: TRAINING,
  learnerId: learnerId(i),
  validUntil: VALID_UNTIL,
  cutoff: CUTOFF,
});

const learnerId = (i: number) => `learner-${String(i).padStart(6, '0')}`;

/** Every projection caught up and the mail reactor at the head of the log. */
async function reactorSettled(log: EventLog, store: ReadStore): Promise<boolean> {
  const head = (await log.headPosition()) ?? 0n;
  return ((await reactorCheckpoint(store, LEARNER_MAILS)) ?? -1n) >= head;
}

/** Bare nodemailer: the same templates, `count` mails one after the other over a pool. */
async function bareSends(url: string, count: number): Promise<{ seconds: number }> {
  const transport = createTransport({
    ...{ url, pool: true, maxConnections: MAIL_CONCURRENCY, logger: false },
  });
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      const content = composeMail({
        ...{ kind: 'expired', language: 'en', name: `Learner ${i}`, training: 'Safety' },
        ...{ issuer: 'Bench', number: `BENCH-2026-${String(i).padStart(6, '0')}` },
        ...{ verificationUrl: `http://localhost:3000/verify/${randomUUID()}` },
        ...{ validUntil: VALID_UNTIL, attached: false },
      });
      await transport.sendMail({
        from: 'Certificates <certificates@localhost>',
        to: `${learnerId(i)}@learners.example`,
        messageId: `<${randomUUID()}@localhost>`,
        ...content,
      });
    }
  };
  try {
    return await timed(() => Promise.all(Array.from({ length: MAIL_CONCURRENCY }, lane)));
  } finally {
    transport.close();
  }
}

/**
 * A training with `count` learners, each with a sealed profile and a generated certificate
 * (made-up PDF hash: no Chromium), and the tenant's e-mail turned on for reminders and expiry
 * (not for ready mails: the seeded certificates are the past). Answers the certificate ids.
 */
async function seed(config: ReturnType<typeof loadConfig>, count: number): Promise<string[]> {
  const adapter = await openEventStore(config);
  const keys = await openPersonalDataKeys(config);
  const events: Appender = checkedAppender(adapter, keys);
  const event = (type: string, data: Record<string, unknown>): EventToAppend =>
    benchEvent(TENANT, type, data, 'BulkLoad', admin, ISSUED);
  try {
    await events.append(
      streams.training(TENANT, TRAINING),
      [
        event('TrainingCreated', {
          trainingId: TRAINING,
          type: 'course',
          title: 'Safety',
          groupId: null,
        }),
      ],
      'no-stream',
    );
    const certificates: string[] = [];
    for (let i = 0; i < count; i++) {
      const ref = { trainingId: TRAINING, learnerId: learnerId(i) };
      const profile = { learnerId: ref.learnerId, name: `Learner ${i}` };
      await events.append(
        streams.learner(TENANT, ref.learnerId),
        [
          event('LearnerProfileRecorded', {
            ...profile,
            email: `${ref.learnerId}@learners.example`,
          }),
        ],
        'no-stream',
      );
      const certificateId = randomUUID();
      certificates.push(certificateId);
      await events.append(
        streams.certificate(TENANT, TRAINING, ref.learnerId),
        [
          event('CertificateGenerationRequested', {
            ...{ ...ref, certificateId, templateId: 'classic-en', version: 1 },
            ...{ requestedAt: ISSUED, requestedBy: ref.learnerId, firstGeneratedAt: ISSUED },
            validForMonths: 50,
          }),
          event('CertificateGenerated', {
            ...{ ...ref, certificateId, fileId: certificateId, sha256: 'ab'.repeat(32), size: 1 },
            ...{ generatedAt: ISSUED, validUntil: VALID_UNTIL },
          }),
        ],
        'no-stream',
      );
    }
    await events.append(
      streams.notificationSettings(TENANT),
      [
        event('NotificationSettingsRecorded', {
          tenantId: TENANT,
          reminderDays: [30, 7, 1],
          email: {
            ...{ enabled: true, certificateReady: false, attachPdf: false },
            ...{ reminders: true, expired: true, revoked: true, replyTo: null },
          },
          recordedBy: 'admin-1',
          recordedAt: ISSUED,
        }),
      ],
      'no-stream',
    );
    return certificates;
  } finally {
    await keys.close();
    await adapter.close();
  }
}

/** smtp-server on a free local port, counting the mails it received in full. */
async function countingSmtpServer() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 50,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
