import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import type { RecordedEvent } from '../../src/event-store/event-store';
import { READ_STORE, type ReadStore } from '../../src/read-store/read-store';
import { reactorCheckpoint } from '../../src/reactors/reactor';
import { LEARNER_MAILS } from '../../src/reactors/learner-mails/learner-mails.reactor';
import type { MailRecord } from '../../src/reactors/learner-mails/mail-records';
import { generationOutcome, pdfText } from '../support/certificates';
import { filesHolding } from '../support/files-holding';
import { Scenario } from '../support/scenario';
import { TestApp } from '../support/test-app';
import { TestMailServer } from '../support/test-mail-server';

const DAY = 86_400_000;
const address = (learnerId: string) => `${learnerId}.mailbox@learners.example`;
const EMAIL_ON = {
  ...{ enabled: true, certificateReady: true, attachPdf: true },
  ...{ reminders: true, expired: true, revoked: true, replyTo: 'support@acme.example' },
};

/**
 * Mail to learners (SPEC §1 "Notifications") against a real SMTP server in the test process,
 * each mail read back with mailparser: ready with the PDF, reminders and expiry on the test
 * clock, revoked, in the certificate's language; nothing before the tenant turned e-mail on,
 * nothing to an erased learner, once across an SMTP outage and again (same Message-ID) only
 * after a crash between the server's answer and the record.
 */
describe('[R-learner-emails] Mail to learners', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'learner-mails-'));
  let mails: TestMailServer;
  let app: TestApp;
  let given: Scenario;
  const certificates: Record<string, string> = {};

  const settings = (email: object) =>
    given.ok(
      app.request('PUT', '/api/v1/tenants/acme/notifications', {
        token: given.admin,
        body: { email },
      }),
    );
  const profile = (learnerId: string) =>
    given.ok(
      app.request('PUT', `/api/v1/learners/${learnerId}`, {
        token: given.admin,
        body: { name: `Learner ${learnerId.toUpperCase()}`, email: address(learnerId) },
      }),
    );
  /** The learner completes the training and gets a certificate, generated for real. */
  async function certify(trainingId: string, learnerId: string): Promise<RecordedEvent> {
    await given.enrol(trainingId, learnerId);
    await given.complete(trainingId, learnerId);
    const requested = await given.ok(given.generate(trainingId, learnerId));
    certificates[learnerId] = requested.body.certificateId as string;
    const outcome = await generationOutcome(app, certificates[learnerId]);
    expect(outcome.type).toBe('CertificateGenerated');
    return outcome;
  }
  const readStore = () => app.app.get<ReadStore>(READ_STORE);
  /** Waits until the mail reactor settled everything up to the log's head. */
  async function mailsSettled(): Promise<void> {
    const head = await app.head();
    for (let waited = 0; waited < 30_000; waited += 50) {
      if (((await reactorCheckpoint(readStore(), LEARNER_MAILS)) ?? -1n) >= head) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The mail reactor did not reach the head of the log');
  }
  const records = () => readStore().find<MailRecord>('learnerMails');
  const eventOf = async (type: string, certificateId: string) =>
    (await app.log()).filter(
      (event) =>
        event.type === type &&
        (event.data as { certificateId?: string }).certificateId === certificateId,
    );

  beforeAll(async () => {
    mails = await TestMailServer.start();
    app = await TestApp.start({ TEST_CLOCK: '1', SMTP_URL: mails.url }, dataDir);
    given = await Scenario.of(app);
    await given.enableFeature();
    await given.createTraining('safety');
    await given.ok(
      app.request('PUT', '/api/v1/trainings/safety/certificate', {
        token: given.admin,
        body: { templateId: 'classic-en', version: 1, validForMonths: 2 },
      }),
    );
    for (const learner of ['ann', 'bob', 'cy', 'chloe', 'dan', 'fay']) await profile(learner);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await mails.down();
  });

  it('mails nothing while e-mail is off (the default), and says SMTP is configured', async () => {
    await certify('safety', 'ann');
    await mailsSettled();
    expect(mails.arrived).toHaveLength(0);
    const read = await given.ok(
      app.request('GET', '/api/v1/tenants/acme/notifications', { token: given.admin }),
    );
    expect(read.body).toMatchObject({ email: { enabled: false }, smtpConfigured: true });
  }, 60_000);

  it('once turned on, mails a ready certificate with its PDF attached, and never the past', async () => {
    await settings(EMAIL_ON);
    const generated = await certify('safety', 'bob');
    const [mail] = await mails.waitFor(address('bob'), 1);
    const pub = await given.ok(
      app.request('GET', `/api/v1/public/certificates/${certificates.bob}`),
    );
    expect(mail!.subject).toBe('Your certificate for Training safety is ready');
    expect(mail!.messageId).toBe(`<${generated.eventId}@localhost>`);
    expect(mail!.replyTo?.value[0]?.address).toBe('support@acme.example');
    expect(mail!.text).toContain('Hello Learner BOB,');
    expect(mail!.text).toContain(`${pub.body.verificationUrl}`);
    expect(mail!.text).toContain(`Certificate no. ${pub.body.number}`);
    expect(mail!.html).toContain(`href="${pub.body.verificationUrl}"`);
    const [pdf] = mail!.attachments;
    expect(pdf).toMatchObject({
      contentType: 'application/pdf',
      filename: `${pub.body.number}.pdf`,
    });
    expect(createHash('sha256').update(pdf!.content).digest('hex')).toBe(pub.body.file.sha256);
    expect(pdfText(pdf!.content)).toContain('Learner BOB');
    await mailsSettled();
    // Ann's certificate came before e-mail was on: she never hears of it.
    expect(mails.to(address('ann'))).toHaveLength(0);
  }, 60_000);

  it('mails in the certificate’s language: French for a classic French template', async () => {
    await given.createTraining('secu');
    await given.assign('secu', 'classic-fr', 1);
    await certify('secu', 'chloe');
    const [mail] = await mails.waitFor(address('chloe'), 1);
    expect(mail!.subject).toBe('Votre certificat pour Training secu est prêt');
    expect(mail!.text).toContain('Bonjour Learner CHLOE,');
    expect(mail!.text).toContain('Le certificat est joint en PDF.');
    expect(mail!.html).toContain('<html lang="fr">');
  }, 60_000);

  it('mails a revocation', async () => {
    await given.ok(
      app.request('POST', '/api/v1/trainings/safety/learners/bob/certificate/revocation', {
        token: given.admin,
        body: { reason: 'Issued in error' },
      }),
    );
    const found = await mails.waitFor(address('bob'), 2);
    expect(found.map((mail) => mail.subject)).toEqual([
      'Your certificate for Training safety is ready',
      'Your certificate for Training safety was revoked',
    ]);
    const [revoked] = await eventOf('CertificateRevoked', certificates.bob!);
    expect(found[1]!.messageId).toBe(`<${revoked!.eventId}@localhost>`);
    // The reason is the learner's data and the admin's words: it stays out of the mail.
    expect(found[1]!.text).not.toContain('Issued in error');
  }, 30_000);

  it('records a mail the server refuses for good (5xx) as failed, and goes on', async () => {
    await given.ok(
      app.request('PUT', '/api/v1/learners/gus', {
        token: given.admin,
        body: { name: 'Gus', email: 'gus@refused.example' },
      }),
    );
    const generated = await certify('safety', 'gus');
    await mailsSettled();
    const record = (await records()).find((r) => r._id === generated.eventId);
    expect(record).toMatchObject({ status: 'failed', kind: 'ready', smtpCode: 550 });
    // The mails after it go out (the next tests).
  }, 60_000);

  it('mails nothing to a learner erased before the mail went out: the address is read at send time', async () => {
    // The server is down, so the ready mail waits in the reactor's retries.
    await mails.down();
    const generated = await certify('safety', 'dan');
    await given.ok(app.request('DELETE', '/api/v1/learners/dan', { token: given.admin, body: {} }));
    // A retry that began before the erasure may still be connecting; the one after it reads
    // the erased profile and settles the mail as skipped while the server is still down.
    const deadline = Date.now() + 40_000;
    const skipped = async () =>
      (await records()).find((r) => r._id === generated.eventId)?.status === 'skipped';
    while (!(await skipped()) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await mails.up();
    await mailsSettled();
    expect(mails.to(address('dan'))).toHaveLength(0);
    const record = (await records()).find((r) => r._id === generated.eventId);
    expect(record).toMatchObject({ status: 'skipped', kind: 'ready' });
  }, 90_000);

  it('sends a mail once when the SMTP server was down and came back', async () => {
    await mails.down();
    const generated = await certify('safety', 'fay');
    // The reactor fails against the closed port and retries with the processor's backoff.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mails.to(address('fay'))).toHaveLength(0);
    await mails.up();
    const found = await mails.waitFor(address('fay'), 1, 40_000);
    await mailsSettled();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mails.to(address('fay'))).toHaveLength(1);
    expect(found[0]!.messageId).toBe(`<${generated.eventId}@localhost>`);
  }, 90_000);

  it('mails each reminder and the expiry at the cut-offs of the test clock, once', async () => {
    await certify('safety', 'cy');
    const [generated] = await eventOf('CertificateGenerated', certificates.cy!);
    const validUntil = (generated!.data as { validUntil: string }).validUntil;
    await given.ok(
      app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: new Date(Date.parse(validUntil) + 2 * DAY).toISOString() },
      }),
    );
    // Ready, then 30, 7 and 1 days before, then expired (mails of one page go out at once).
    const found = await mails.waitFor(address('cy'), 5, 30_000);
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(validUntil),
    );
    const subject = 'Your certificate for Training safety';
    expect(found[0]!.subject).toBe(`${subject} is ready`);
    expect(found.slice(1).map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([`${subject} has expired`, `${subject} expires on ${day}`]),
    );
    expect(found.filter((mail) => mail.subject === `${subject} expires on ${day}`)).toHaveLength(3);
    const expired = found.find((mail) => mail.subject === `${subject} has expired`)!;
    expect(expired.text).toContain(`expired on ${day}.`);
    await mailsSettled();
    expect(mails.to(address('cy'))).toHaveLength(5);
    // Revoked bob gets no reminder; each mail of the log has one record, ids and status only.
    expect(mails.to(address('bob'))).toHaveLength(2);
    for (const record of await records())
      expect(Object.keys(record).sort()).toEqual(
        ['_id', 'at', 'by', 'certificateId', 'kind', 'smtpCode', 'status', 'tenant'].sort(),
      );
  }, 90_000);

  it('keeps no address: not in the mail records, the log, the files or any store but the report', async () => {
    const holding = filesHolding(dataDir, address('cy'));
    // The progress report read model lists learners' e-mails by design (SPEC §5); nothing else.
    expect(holding.every((file) => /^read/.test(file))).toBe(true);
    expect(holding).not.toHaveLength(0); // so the scan finds an address where there is one
    const stored = JSON.stringify(await records());
    for (const learner of ['bob', 'cy', 'chloe', 'fay']) {
      expect(stored).not.toContain(address(learner));
      expect(stored).not.toContain(`Learner ${learner.toUpperCase()}`);
    }
  });

  it('after a crash between the server’s answer and the record, sends that mail again with the same Message-ID, and only that one', async () => {
    const [expired] = await eventOf('CertificateExpired', certificates.cy!);
    const store = readStore();
    const record = await store.get<MailRecord>('learnerMails', expired!.eventId);
    // As a crash would leave it: the mail handed over, the record not yet written, the
    // checkpoint before the event.
    await store.transaction(async (tx) => {
      // By the instance that crashed, longer ago than the lease of a claim.
      const at = new Date(Date.parse(record!.at) - 120_000).toISOString();
      await tx.put('learnerMails', { ...record!, status: 'sending', at });
      await tx.put('reactors', {
        _id: LEARNER_MAILS,
        position: (expired!.position - 5n).toString(),
      });
    });
    await app.close();
    app = await TestApp.start({ TEST_CLOCK: '1', SMTP_URL: mails.url }, dataDir);
    given = await Scenario.of(app);
    const found: ParsedMail[] = await mails.waitFor(address('cy'), 6);
    await mailsSettled();
    expect(mails.to(address('cy'))).toHaveLength(6);
    // The expired mail once more, as it went out the first time.
    expect(found[5]!.messageId).toBe(`<${expired!.eventId}@localhost>`);
    const first = found.slice(0, 5).find((mail) => mail.messageId === found[5]!.messageId);
    expect(first?.subject).toBe(found[5]!.subject);
    expect((await readStore().get<MailRecord>('learnerMails', expired!.eventId))?.status).toBe(
      'sent',
    );
  }, 60_000);
});

/** Without SMTP_URL no mail goes out, whatever the tenant chose. */
describe('[R-learner-emails] Mail to learners without SMTP_URL', () => {
  it('sends and records nothing, and the settings say smtpConfigured false', async () => {
    const app = await TestApp.start({});
    try {
      const given = await Scenario.of(app);
      await given.readyToGenerate('t1', 'ann');
      await given.ok(
        app.request('PUT', '/api/v1/learners/ann', {
          token: given.admin,
          body: { name: 'Ann', email: address('ann') },
        }),
      );
      await given.ok(
        app.request('PUT', '/api/v1/tenants/acme/notifications', {
          token: given.admin,
          body: { email: EMAIL_ON },
        }),
      );
      const requested = await given.ok(given.generate('t1', 'ann'));
      await generationOutcome(app, requested.body.certificateId as string);
      const store = app.app.get<ReadStore>(READ_STORE);
      const head = await app.head();
      while (((await reactorCheckpoint(store, LEARNER_MAILS)) ?? -1n) < head)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const answer = await app.request('GET', '/api/v1/tenants/acme/notifications', {
        token: given.admin,
      });
      expect(answer.body).toMatchObject({ email: { enabled: true }, smtpConfigured: false });
      const mailRecords = await store.find('learnerMails').catch(() => []);
      expect(mailRecords).toEqual([]);
    } finally {
      await app.close();
    }
  }, 60_000);
});
