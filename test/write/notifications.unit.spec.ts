import { expiryNoticesDue } from '../../src/core/certificate-validity';
import type { NotificationEvent } from '../../src/events/notification.events';
import type { WebhookEvent } from '../../src/events/webhook.events';
import {
  RETRY_DELAYS_MS,
  afterAttempt,
} from '../../src/reactors/webhook-delivery/delivery-schedule';
import type { DeliveryDoc } from '../../src/read/webhooks/webhook-deliveries';
import { certificateNotices } from '../../src/write/notices/domain/certificate-notices';
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  notificationSettings,
} from '../../src/write/notifications/domain/notification-settings';
import {
  signingVersions,
  webhook,
  type WebhookCommand,
} from '../../src/write/webhooks/domain/webhook';
import { DeciderSpecification } from '../support/decider-specification';

const DAY = 86_400_000;
const at = new Date('2027-03-01T10:00:00.000Z');
const webhookId = '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

describe('The expiry notices rule (SPEC §1 "Notifications")', () => {
  // Valid until 2027-06-15 12:00; the cut-off of 2027-06-16 is the first at or after it.
  const facts = {
    generatedAt: '2026-06-15T12:00:00.000Z',
    validUntil: '2027-06-15T12:00:00.000Z',
    revokedAt: null,
    deletedAt: null,
    renewed: false,
  };
  const cutoff = (day: string) => new Date(`${day}T00:00:00.000Z`);

  it('gives each offset at the first cut-off at or after its moment, and the expiry at the one after validUntil', () => {
    expect(expiryNoticesDue(facts, [30, 7, 1], cutoff('2027-05-17'))).toEqual([30]);
    expect(expiryNoticesDue(facts, [30, 7, 1], cutoff('2027-05-16'))).toEqual([]);
    expect(expiryNoticesDue(facts, [30, 7, 1], cutoff('2027-05-18'))).toEqual([]);
    expect(expiryNoticesDue(facts, [30, 7, 1], cutoff('2027-06-09'))).toEqual([7]);
    expect(expiryNoticesDue(facts, [30, 7, 1], cutoff('2027-06-15'))).toEqual([1]);
    expect(expiryNoticesDue(facts, [30, 7, 1], cutoff('2027-06-16'))).toEqual([null]);
    expect(expiryNoticesDue(facts, [30, 7, 1], cutoff('2027-06-17'))).toEqual([]);
  });

  it('counts a moment exactly at a cut-off to that cut-off', () => {
    const midnight = { ...facts, validUntil: '2027-06-16T00:00:00.000Z' };
    expect(expiryNoticesDue(midnight, [1], cutoff('2027-06-15'))).toEqual([1]);
    expect(expiryNoticesDue(midnight, [1], cutoff('2027-06-16'))).toEqual([null]);
  });

  it('never reminds of a moment that passed before the certificate was generated', () => {
    const late = { ...facts, generatedAt: '2027-05-20T00:00:00.000Z' };
    expect(expiryNoticesDue(late, [30], cutoff('2027-05-17'))).toEqual([]);
    const justInTime = { ...facts, generatedAt: '2027-05-16T12:00:00.000Z' };
    expect(expiryNoticesDue(justInTime, [30], cutoff('2027-05-17'))).toEqual([30]);
  });

  it('gives nothing for a certificate revoked or deleted by the cut-off, or without validity', () => {
    const revoked = { ...facts, revokedAt: '2027-06-16T00:00:00.000Z' };
    expect(expiryNoticesDue(revoked, [1], cutoff('2027-06-16'))).toEqual([]);
    const revokedLater = { ...facts, revokedAt: '2027-06-16T00:00:00.001Z' };
    expect(expiryNoticesDue(revokedLater, [1], cutoff('2027-06-16'))).toEqual([null]);
    const deleted = { ...facts, deletedAt: '2027-01-01T00:00:00.000Z' };
    expect(expiryNoticesDue(deleted, [30], cutoff('2027-05-17'))).toEqual([]);
    expect(expiryNoticesDue({ ...facts, validUntil: null }, [30], cutoff('2027-05-17'))).toEqual(
      [],
    );
    expect(expiryNoticesDue({ ...facts, generatedAt: null }, [30], cutoff('2027-05-17'))).toEqual(
      [],
    );
  });

  it('reminds no learner who renewed already, and still notices the expiry', () => {
    const renewed = { ...facts, renewed: true };
    expect(expiryNoticesDue(renewed, [30], cutoff('2027-05-17'))).toEqual([]);
    expect(expiryNoticesDue(renewed, [30], cutoff('2027-06-16'))).toEqual([null]);
  });
});

describe('Certificate notices: each once', () => {
  const spec = DeciderSpecification.for(certificateNotices);
  const base = {
    ...{ certificateId: 'c1', trainingId: 't1', learnerId: 'l1' },
    ...{ validUntil: '2027-06-15T12:00:00.000Z', cutoff: '2027-06-09T00:00:00.000Z' },
  };
  const notice = (daysBefore: number | null) => ({
    type: 'NoticeCertificateExpiry' as const,
    daysBefore,
    ...base,
  });
  type Notice = Extract<NotificationEvent, { type: 'CertificateExpiring' | 'CertificateExpired' }>;
  const expiring = (daysBefore: number): Notice => ({
    type: 'CertificateExpiring',
    data: { ...base, daysBefore },
  });
  const expired: Notice = { type: 'CertificateExpired', data: base };

  it('records a reminder offset, and not twice', () => {
    spec
      .given([])
      .when(notice(7))
      .then([expiring(7)]);
    spec
      .given([expiring(7)])
      .when(notice(7))
      .thenNothingHappens();
    spec
      .given([expiring(30)])
      .when(notice(7))
      .then([expiring(7)]);
  });

  it('records the expiry, and not twice', () => {
    spec
      .given([expiring(7)])
      .when(notice(null))
      .then([expired]);
    spec.given([expired]).when(notice(null)).thenNothingHappens();
    spec
      .given([expired])
      .when(notice(1))
      .then([expiring(1)]);
  });
});

describe('Notification settings', () => {
  const spec = DeciderSpecification.for(notificationSettings);
  const by = 'admin-1';
  const email = { ...DEFAULT_NOTIFICATION_SETTINGS.email, enabled: true, replyTo: 'a@b.example' };
  const recorded = (reminderDays: number[], chosen = DEFAULT_NOTIFICATION_SETTINGS.email) => ({
    type: 'NotificationSettingsRecorded' as const,
    data: {
      tenantId: 'acme',
      reminderDays,
      email: chosen,
      recordedBy: by,
      recordedAt: at.toISOString(),
    },
  });
  const command = (settings: object) => ({
    type: 'RecordNotificationSettings' as const,
    tenantId: 'acme',
    ...settings,
    by,
    at,
  });

  it('starts from reminders at 30, 7 and 1 days and no e-mail', () => {
    expect(DEFAULT_NOTIFICATION_SETTINGS.reminderDays).toEqual([30, 7, 1]);
    expect(DEFAULT_NOTIFICATION_SETTINGS.email.enabled).toBe(false);
    spec
      .given([])
      .when(command({ reminderDays: [30, 7, 1] }))
      .thenNothingHappens();
  });

  it('keeps the offsets from the earliest reminder to the latest, and what the request left out', () => {
    spec
      .given([])
      .when(command({ reminderDays: [1, 60] }))
      .then([recorded([60, 1])]);
    spec
      .given([recorded([60, 1])])
      .when(command({ email }))
      .then([recorded([60, 1], email)]);
    spec
      .given([recorded([60, 1], email)])
      .when(command({ reminderDays: [60, 1] }))
      .thenNothingHappens();
    spec
      .given([])
      .when(command({ reminderDays: [] }))
      .then([recorded([])]);
  });
});

describe('A webhook', () => {
  const spec = DeciderSpecification.for(webhook);
  const created: WebhookEvent = {
    type: 'WebhookCreated',
    data: {
      ...{
        webhookId,
        url: 'https://lms.example/hooks',
        events: ['report.done'],
        description: null,
      },
      ...{ createdBy: 'admin-1', createdAt: at.toISOString() },
    },
  };
  const create = (urlProblem: string | null = null): WebhookCommand => ({
    type: 'CreateWebhook',
    ...{ webhookId, url: 'https://lms.example/hooks', events: ['report.done'], description: null },
    ...{ urlProblem, by: 'admin-1', at },
  });
  const rotated = (secretVersion: number, rotatedAt = at): WebhookEvent => ({
    type: 'WebhookSecretRotated',
    data: { webhookId, secretVersion, rotatedBy: 'admin-1', rotatedAt: rotatedAt.toISOString() },
  });
  const deleted: WebhookEvent = {
    type: 'WebhookDeleted',
    data: { webhookId, deletedBy: 'admin-1', deletedAt: at.toISOString() },
  };
  const stamp = { by: 'admin-1', at };

  it('is created once; a refused URL creates nothing', () => {
    spec.given([]).when(create()).then([created]);
    spec.given([created]).when(create()).thenNothingHappens();
    spec
      .given([])
      .when(create('it resolves to a private address'))
      .thenThrows('invalid-webhook-url');
  });

  it('rotates its secret to the next version', () => {
    spec
      .given([created])
      .when({ type: 'RotateWebhookSecret', ...stamp })
      .then([rotated(2)]);
    spec
      .given([created, rotated(2)])
      .when({ type: 'RotateWebhookSecret', ...stamp })
      .then([rotated(3)]);
  });

  it('records a replay from a position', () => {
    spec
      .given([created])
      .when({ type: 'RequestWebhookReplay', fromPosition: 42n, ...stamp })
      .then([
        {
          type: 'WebhookReplayRequested',
          data: {
            webhookId,
            fromPosition: '42',
            requestedBy: 'admin-1',
            requestedAt: at.toISOString(),
          },
        },
      ]);
  });

  it('is not found before it exists or once deleted', () => {
    for (const command of [
      { type: 'RotateWebhookSecret' as const, ...stamp },
      { type: 'DeleteWebhook' as const, ...stamp },
      { type: 'RequestWebhookReplay' as const, fromPosition: 0n, ...stamp },
    ]) {
      spec.given([]).when(command).thenThrows('not-found');
      spec.given([created, deleted]).when(command).thenThrows('not-found');
    }
    spec
      .given([created])
      .when({ type: 'DeleteWebhook', ...stamp })
      .then([deleted]);
  });

  it('signs with the previous secret too for 24 hours after a rotation', () => {
    const state = [created, rotated(2, at)].reduce(webhook.evolve, webhook.initialState())!;
    expect(signingVersions(state, new Date(at.getTime() + DAY - 1))).toEqual([2, 1]);
    expect(signingVersions(state, new Date(at.getTime() + DAY))).toEqual([2]);
    const fresh = [created].reduce(webhook.evolve, webhook.initialState())!;
    expect(signingVersions(fresh, at)).toEqual([1]);
  });
});

describe('The retry schedule of a delivery', () => {
  const pending: DeliveryDoc = {
    ...{ _id: 'w/m', webhookId: 'w', messageId: 'm', type: 'report.done', position: '9', order: 9 },
    ...{ attempts: 0, lastStatus: null, lastAttemptAt: null, nextAttemptAt: null },
    ...{ firstAttemptAt: null, state: 'pending' },
  };

  it('is delivered on any 2xx', () => {
    for (const status of [200, 202, 204, 299])
      expect(afterAttempt(pending, status, at)).toMatchObject({
        state: 'delivered',
        attempts: 1,
        lastStatus: status,
        nextAttemptAt: null,
      });
  });

  it('is not delivered on anything but a 2xx, nor without an answer', () => {
    for (const status of [null, 100, 199, 300, 302, 404, 500])
      expect(afterAttempt(pending, status, at)).toMatchObject({
        state: 'failing',
        lastStatus: status,
        nextAttemptAt: new Date(at.getTime() + RETRY_DELAYS_MS[0]!).toISOString(),
      });
  });

  it('waits longer after each failure, for more than 24 hours, then fails', () => {
    let doc = pending;
    let time = at.getTime();
    for (const [index, delay] of RETRY_DELAYS_MS.entries()) {
      doc = afterAttempt(doc, index % 2 === 0 ? 503 : null, new Date(time));
      expect(doc.state).toBe('failing');
      expect(Date.parse(doc.nextAttemptAt!) - time).toBe(delay);
      time += delay;
    }
    expect(RETRY_DELAYS_MS).toEqual([...RETRY_DELAYS_MS].sort((a, b) => a - b));
    expect(time - at.getTime()).toBeGreaterThan(DAY);
    const last = afterAttempt(doc, 302, new Date(time));
    expect(last).toMatchObject({
      state: 'failed',
      attempts: 8,
      lastStatus: 302,
      nextAttemptAt: null,
    });
    expect(last.firstAttemptAt).toBe(at.toISOString());
  });
});
