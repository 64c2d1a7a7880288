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
import { EXPIRY_NOTICES } from '../src/reactors/expiry-notices/expiry-notices.reactor';
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
 * appended for every learner while the server holds every mail at MAIL FROM, then, from the
 * server's release, each read by the mail reactor (settings, the certificate's public facts,
 * the learner's sealed profile opened, the mail record claimed and settled, checkpoints) and
 * sent over its pooled transport, four at a time. Baseline: bare nodemailer sending as many
 * mails of the same templates, four at a time over a pool of the same settings, to the same
 * server. Best of three rounds each, taken in turn.
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
      // The first append records the daily cut-offs since the seeded history, and the expiry
      // notices reactor reads them all: before the measured rounds, not in them.
      const warmUp = benchEvent(TENANT, 'TrainingCreated', other, 'CreateTraining', admin, ISSUED);
      await append(streams.training(TENANT, other.trainingId), [warmUp], 'no-stream');
      await until(settled);
      if (server.received() !== 0) throw new Error('mails sent before the measured rounds');
      // Three rounds, each the reactor's and then bare nodemailer's, so a busy moment of the
      // machine falls on both alike.
      const notices: [string, Record<string, unknown>][] = [
        ['CertificateExpired', {}],
        ['CertificateExpiring', { daysBefore: 7 }],
        ['CertificateExpiring', { daysBefore: 1 }],
      ];
      const reactorRounds = [];
      const bareRounds = [];
      for (const [round, [type, extra]] of notices.entries()) {
        // Each certificate's notices stream: new in the first round, one event more each round.
        const expected = round === 0 ? ('no-stream' as const) : BigInt(round - 1);
        const before = server.received();
        // The server holds every mail at MAIL FROM while the notices are appended, so the
        // reactor finds them all in the log (as after an outage, or a busy cut-off).
        server.hold();
        for (const [i, certificateId] of certificates.entries()) {
          const data = { ...notice(certificateId, i), ...extra };
          const event = benchEvent(TENANT, type, data, 'NoticeCertificateExpiry', admin, CUTOFF);
          await append(streams.certificateNotices(TENANT, certificateId), [event], expected);
        }
        reactorRounds.push(
          await timed(async () => {
            server.release();
            await until(() => Promise.resolve(server.received() >= before + count));
          }),
        );
        await until(settled);
        bareRounds.push(await bareSends(server.url, count));
      }
      const rate = (runs: { seconds: number }[]) => count / Math.min(...runs.map((r) => r.seconds));
      const value = rate(reactorRounds);
      const baseline = rate(bareRounds);
      const ratio = value / baseline;
      const sent = server.received();
      if (sent !== 6 * count) throw new Error(`${sent} mails arrived, not ${6 * count}`);
      return [
        {
          name: 'mail',
          value: round(value),
          unit: 'mails/s',
          baseline: round(baseline),
          ratio: round(ratio),
          target: 'ratio >= 0.5',
          met: ratio >= 0.5,
          notes: `${count.toLocaleString('en')} expiry or reminder notices a round appended to the log while smtp-server (in the same process) holds the mails at MAIL FROM, then mailed by the mail reactor (settings, public facts, sealed profile opened, record claimed and settled, checkpoints; four at once over a pool of four), timed from the server's release to the last mail received; baseline: bare nodemailer, the same templates and pool settings, four at once over a pool of four; best of three rounds each, the reactor's and bare nodemailer's in turn`,
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

const other = { trainingId: 'other', type: 'course', title: 'Other', groupId: null };

/** The mail and expiry notices reactors at the head of the log. */
async function reactorSettled(log: EventLog, store: ReadStore): Promise<boolean> {
  const head = (await log.headPosition()) ?? 0n;
  for (const reactor of [LEARNER_MAILS, EXPIRY_NOTICES])
    if (((await reactorCheckpoint(store, reactor)) ?? -1n) < head) return false;
  return true;
}

/** Bare nodemailer: the same templates, `count` mails four at a time over a pool. */
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

/**
 * smtp-server on a free local port, counting the mails it received in full; while held, it
 * answers no MAIL FROM until released.
 */
async function countingSmtpServer() {
  let received = 0;
  let held: (() => void)[] | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 50,
    onMailFrom(_address, _session, callback) {
      if (held) held.push(() => callback());
      else callback();
    },
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
    hold: () => {
      held ??= [];
    },
    release: () => {
      const waiting = held ?? [];
      held = null;
      waiting.forEach((answer) => answer());
    },
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
