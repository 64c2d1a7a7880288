import { ROLES, type Role } from '../../src/auth/actor';

export interface Endpoint {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The URL a role calls (some commands act on a fixture of the role's own). */
  readonly url: (role: Role) => string;
  readonly body?: (role: Role) => unknown;
  /** SPEC §2 and §5: the roles that may call it; every other role gets 403. */
  readonly allowed: readonly Role[];
  /** What an allowed role of the fixture's tenant gets. */
  readonly ok: readonly number[];
  /** What an allowed role of another tenant gets: 404 for the fixture's ids, else its `ok`. */
  readonly otherTenant: 'not-found' | 'ok';
  /** No token needed: any caller, with any token or none, gets its `ok`. */
  readonly public?: true;
}

const MANAGERS: Role[] = ['admin', 'group-admin'];
const READERS: Role[] = ['admin', 'inspector', 'auditor', 'group-admin', 'trainer'];
const NOT_LEARNERS = ROLES.filter((r) => r !== 'learner');
const fixed = (url: string) => () => url;
const open = (name: string, url: string): Endpoint => ({
  ...{ name, method: 'GET', url: fixed(url), allowed: ROLES, ok: [200] },
  ...{ otherTenant: 'ok', public: true },
});

/**
 * Every endpoint of SPEC §5, against the fixture the matrix test builds: tenant acme with the
 * feature on; trainings t-g1 (group g1, classic-en assigned) and t-spare (group g1); learner l1
 * who completed t-g1 and whose certificate is generated; learners del-admin and del-group-admin
 * with certificates to delete; learner rev with a certificate to revoke; learner ren with a certificate to renew; learner erase-me with
 * a profile to erase; an author template; a done report; a done certificate archive.
 */
export function endpointTable(ids: {
  readonly reportId: string;
  /** A done certificate archive of t-g1. */
  readonly archiveId: string;
  readonly templateId: string;
  /** l1's generated certificate, for the public verification endpoints. */
  readonly certificateId: string;
  /** The picture l1's credential names as its achievement's image. */
  readonly achievementImageId: string;
  /** How far the fixture moved the test clock ahead of real time. */
  readonly clockAheadMs: number;
  /** A webhook of acme's, and another for the deletion row. */
  readonly webhookId: string;
  readonly doomedWebhookId: string;
}): Endpoint[] {
  const webhook = `/api/v1/webhooks/${ids.webhookId}`;
  return [
    {
      name: 'CreateWebhook',
      method: 'POST',
      url: fixed('/api/v1/webhooks'),
      body: () => ({ url: 'https://93.184.216.34/hooks', events: ['report.done'] }),
      allowed: ['admin'],
      ok: [201],
      otherTenant: 'ok',
    },
    {
      name: 'GET webhooks',
      method: 'GET',
      url: fixed('/api/v1/webhooks'),
      allowed: ['admin'],
      ok: [200],
      otherTenant: 'ok',
    },
    {
      name: 'GET webhook',
      method: 'GET',
      url: fixed(webhook),
      allowed: ['admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET webhook deliveries',
      method: 'GET',
      url: fixed(`${webhook}/deliveries?limit=10`),
      allowed: ['admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'RotateWebhookSecret',
      method: 'POST',
      url: fixed(`${webhook}/secret`),
      allowed: ['admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'RequestWebhookReplay',
      method: 'POST',
      url: fixed(`${webhook}/replay`),
      body: () => ({ fromPosition: '0' }),
      allowed: ['admin'],
      ok: [202],
      otherTenant: 'not-found',
    },
    {
      name: 'DeleteWebhook',
      method: 'DELETE',
      url: fixed(`/api/v1/webhooks/${ids.doomedWebhookId}`),
      allowed: ['admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'SetCertificatesFeature',
      method: 'PUT',
      url: fixed('/api/v1/tenants/acme/features/certificates'),
      body: () => ({ enabled: true }),
      allowed: ['operator'],
      ok: [200],
      otherTenant: 'ok',
    },
    {
      name: 'CreateTemplate',
      method: 'POST',
      url: fixed('/api/v1/certificate-templates'),
      body: (role) => ({
        kind: role === 'operator' ? 'classic' : 'author',
        title: 'T',
        language: 'en',
        html: '<p>x</p>',
      }),
      allowed: ['author', 'operator'],
      ok: [201],
      otherTenant: 'ok',
    },
    {
      name: 'PublishTemplateVersion',
      method: 'POST',
      url: (role) =>
        `/api/v1/certificate-templates/${role === 'operator' ? 'classic-en' : ids.templateId}/versions`,
      body: () => ({ html: '<p>x</p>' }),
      allowed: ['author', 'operator'],
      ok: [201],
      otherTenant: 'not-found',
    },
    {
      name: 'CreateTraining',
      method: 'POST',
      url: fixed('/api/v1/trainings'),
      body: () => ({ type: 'course', title: 'T', groupId: 'g1' }),
      allowed: MANAGERS,
      ok: [201],
      otherTenant: 'ok',
    },
    {
      name: 'AssignCertificate',
      method: 'PUT',
      url: fixed('/api/v1/trainings/t-g1/certificate'),
      body: () => ({ templateId: 'classic-en', version: 1 }),
      allowed: MANAGERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'RemoveCertificate',
      method: 'DELETE',
      url: fixed('/api/v1/trainings/t-spare/certificate'),
      allowed: MANAGERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'RecordLearnerProfile',
      method: 'PUT',
      url: fixed('/api/v1/learners/l9'),
      body: () => ({ name: 'L', email: 'l@example.com' }),
      allowed: ['admin', 'integration'],
      ok: [200],
      otherTenant: 'ok',
    },
    {
      name: 'EraseLearnerPersonalData',
      method: 'DELETE',
      url: fixed('/api/v1/learners/erase-me'),
      body: () => ({ reason: 'Ticket 1' }),
      allowed: ['admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET personal data',
      method: 'GET',
      url: fixed('/api/v1/learners/l1/personal-data'),
      allowed: ['admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'EnrollLearner',
      method: 'POST',
      url: fixed('/api/v1/trainings/t-g1/enrollments'),
      body: () => ({ learnerId: 'l9' }),
      allowed: ['admin', 'group-admin', 'integration'],
      ok: [200, 201],
      otherTenant: 'not-found',
    },
    {
      name: 'RecordProgress',
      method: 'POST',
      url: fixed('/api/v1/trainings/t-g1/learners/l9/progress'),
      body: () => ({ percent: 50 }),
      allowed: ['admin', 'trainer', 'integration'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'CompleteTraining',
      method: 'POST',
      url: fixed('/api/v1/trainings/t-g1/learners/l9/completion'),
      body: () => ({}),
      allowed: ['admin', 'trainer', 'integration'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GenerateCertificate (learner)',
      method: 'POST',
      url: fixed('/api/v1/me/learning-records/t-g1/certificate'),
      allowed: ['learner'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'DeleteCertificate',
      method: 'DELETE',
      url: (role) => `/api/v1/trainings/t-g1/learners/del-${role}/certificate`,
      allowed: MANAGERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GenerateCertificate (admin)',
      method: 'POST',
      url: fixed('/api/v1/trainings/t-g1/learners/l1/certificate'),
      allowed: MANAGERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'RevokeCertificate',
      method: 'POST',
      url: fixed('/api/v1/trainings/t-g1/learners/rev/certificate/revocation'),
      body: () => ({ reason: 'Issued in error' }),
      allowed: MANAGERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'RenewCertificate (learner)',
      method: 'POST',
      // l1's certificate has no validity: renewal is not open for the learner.
      url: fixed('/api/v1/me/learning-records/t-g1/renewal'),
      allowed: ['learner'],
      ok: [409],
      otherTenant: 'not-found',
    },
    {
      name: 'RenewCertificate (admin)',
      method: 'POST',
      url: fixed('/api/v1/trainings/t-g1/learners/ren/renewal'),
      allowed: MANAGERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'RecordIssuerProfile',
      method: 'PUT',
      url: fixed('/api/v1/tenants/acme/profile'),
      body: () => ({ name: 'ACME Academy', url: 'https://acme.example' }),
      allowed: ['operator', 'admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'RecordNotificationSettings',
      method: 'PUT',
      url: fixed('/api/v1/tenants/acme/notifications'),
      body: () => ({ reminderDays: [30, 7] }),
      allowed: ['operator', 'admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET notification settings',
      method: 'GET',
      url: fixed('/api/v1/tenants/acme/notifications'),
      allowed: ['operator', 'admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET issuer profile',
      method: 'GET',
      url: fixed('/api/v1/tenants/acme/profile'),
      allowed: ROLES,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET feature',
      method: 'GET',
      url: fixed('/api/v1/features/certificates'),
      allowed: ROLES,
      ok: [200],
      otherTenant: 'ok',
    },
    {
      name: 'GET templates',
      method: 'GET',
      url: fixed('/api/v1/certificate-templates'),
      allowed: NOT_LEARNERS,
      ok: [200],
      otherTenant: 'ok',
    },
    {
      name: 'GET template',
      method: 'GET',
      url: fixed('/api/v1/certificate-templates/classic-en'),
      allowed: NOT_LEARNERS,
      ok: [200],
      otherTenant: 'ok',
    },
    {
      name: 'GET preview',
      method: 'GET',
      url: fixed('/api/v1/certificate-templates/classic-en/versions/1/preview'),
      allowed: ['admin', 'group-admin', 'author', 'operator'],
      ok: [200],
      otherTenant: 'ok',
    },
    {
      name: 'GET training',
      method: 'GET',
      url: fixed('/api/v1/trainings/t-g1'),
      allowed: READERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET certificates',
      method: 'GET',
      url: fixed('/api/v1/trainings/t-g1/certificates'),
      allowed: READERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET certificate copy',
      method: 'GET',
      url: fixed('/api/v1/trainings/t-g1/learners/l1/certificate'),
      allowed: READERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'MakeCredentialOffer',
      method: 'POST',
      url: fixed('/api/v1/me/learning-records/t-g1/credential-offer'),
      allowed: ['learner'],
      ok: [201],
      otherTenant: 'not-found',
    },
    {
      name: 'GET my records',
      method: 'GET',
      url: fixed('/api/v1/me/learning-records'),
      allowed: ['learner'],
      ok: [200],
      otherTenant: 'ok',
    },
    {
      name: 'GET my certificate',
      method: 'GET',
      url: fixed('/api/v1/me/learning-records/t-g1/certificate'),
      allowed: ['learner'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'POST report',
      method: 'POST',
      url: fixed('/api/v1/trainings/t-g1/reports/progress'),
      allowed: ['admin', 'group-admin', 'trainer', 'inspector'],
      ok: [202],
      otherTenant: 'not-found',
    },
    {
      name: 'GET reports',
      method: 'GET',
      url: fixed('/api/v1/reports?trainingId=t-g1'),
      allowed: READERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET report',
      method: 'GET',
      url: fixed(`/api/v1/reports/${ids.reportId}`),
      allowed: READERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET report file',
      method: 'GET',
      url: fixed(`/api/v1/reports/${ids.reportId}/file`),
      allowed: READERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'POST certificate archive',
      method: 'POST',
      url: fixed('/api/v1/trainings/t-g1/certificate-archives'),
      allowed: MANAGERS,
      ok: [202],
      otherTenant: 'not-found',
    },
    {
      name: 'GET certificate archives',
      method: 'GET',
      url: fixed('/api/v1/certificate-archives?trainingId=t-g1'),
      allowed: MANAGERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET certificate archive',
      method: 'GET',
      url: fixed(`/api/v1/certificate-archives/${ids.archiveId}`),
      allowed: MANAGERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET certificate archive file',
      method: 'GET',
      url: fixed(`/api/v1/certificate-archives/${ids.archiveId}/file`),
      allowed: MANAGERS,
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'RotateIssuerKey',
      method: 'POST',
      url: fixed('/api/v1/tenants/acme/issuer-keys/rotation'),
      allowed: ['operator', 'admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET audit events',
      method: 'GET',
      url: fixed('/api/v1/audit/events'),
      allowed: ['auditor', 'admin'],
      ok: [200],
      otherTenant: 'ok',
    },
    {
      name: 'GET audit report',
      method: 'GET',
      url: fixed('/api/v1/audit/trainings/t-g1/progress-report?asOf=2000-01-01'),
      allowed: ['auditor', 'admin'],
      ok: [200],
      otherTenant: 'not-found',
    },
    {
      name: 'GET test clock',
      method: 'GET',
      url: fixed('/api/v1/test-clock'),
      allowed: ['operator'],
      ok: [200],
      otherTenant: 'ok',
    },
    {
      // A second forward: enough to show the operator may move it, too little to pass a midnight.
      name: 'PUT test clock',
      method: 'PUT',
      url: fixed('/api/v1/test-clock'),
      body: () => ({ now: new Date(Date.now() + ids.clockAheadMs + 1000).toISOString() }),
      allowed: ['operator'],
      ok: [200],
      otherTenant: 'ok',
    },
    open('GET public certificate', `/api/v1/public/certificates/${ids.certificateId}`),
    open('GET public credential', `/api/v1/public/certificates/${ids.certificateId}/credential`),
    open('GET public badge', `/api/v1/public/certificates/${ids.certificateId}/badge.png`),
    open(
      'GET achievement picture',
      `/api/v1/public/achievement-images/${ids.achievementImageId}.png`,
    ),
    open('GET verification page', `/verify/${ids.certificateId}`),
    open('GET DID document', '/tenants/acme/did.json'),
    open('GET status list', '/tenants/acme/status-lists/revocation'),
    open('GET credential issuer metadata', '/.well-known/openid-credential-issuer/tenants/acme'),
    open(
      'GET authorization server metadata',
      '/.well-known/oauth-authorization-server/tenants/acme',
    ),
    // The wallet's OAuth endpoints read no token of ours: a nonce for anyone, and the OAuth
    // refusals for a request without a pre-authorized code or an access token.
    { ...open('POST nonce', '/tenants/acme/openid4vci/nonce'), method: 'POST' },
    { ...open('POST token', '/tenants/acme/openid4vci/token'), method: 'POST', ok: [400] },
    {
      ...open('POST credential', '/tenants/acme/openid4vci/credential'),
      method: 'POST',
      ok: [401],
    },
  ];
}
