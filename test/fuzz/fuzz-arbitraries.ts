import * as fc from 'fast-check';
import { ROLES, type Role } from '../../src/auth/actor';

/** One endpoint of SPEC §5, with path parameters and a query that name the fixture's data. */
export interface FuzzEndpoint {
  readonly method: string;
  /** Path with `{name}` placeholders, filled from `params` or fuzzed. */
  readonly path: string;
  readonly params: Record<string, string>;
  readonly query: Record<string, string>;
  /** Roles that reach validation; a caller mostly has one of them. */
  readonly roles: readonly Role[];
  readonly body?: Record<string, unknown>;
}

/** `'METHOD /path/{param=valid}?key=valid'`, the roles (space-separated), a valid body. */
function at(route: string, roles: string, body?: Record<string, unknown>): FuzzEndpoint {
  const [method = '', target = ''] = route.split(' ');
  const [pathPart = '', queryPart = ''] = target.split('?');
  const params: Record<string, string> = {};
  const path = pathPart.replace(/\{(\w+)=([^}]*)\}/g, (_, name: string, value: string) => {
    params[name] = value;
    return `{${name}}`;
  });
  const query = Object.fromEntries(new URLSearchParams(queryPart));
  const allowed = roles.split(' ').filter(Boolean) as Role[];
  return { method, path, params, query, roles: allowed, ...(body && { body }) };
}

/** The report the fixture requests; its id is known only once the service has answered. */
export const REPORT = 'REPORT';
/** The webhook the fixture creates, likewise. */
export const WEBHOOK = 'WEBHOOK';
/** The certificate archive the fixture requests, likewise. */
export const ARCHIVE = 'ARCHIVE';
const ADMINS = 'admin group-admin';
const READERS = 'admin auditor inspector group-admin';
const AUDIT = 'auditor admin';
const LEARNER_L2 = 'POST /api/v1/trainings/{trainingId=t1}/learners/{learnerId=l2}';
const LEARNER_L1 = 'POST /api/v1/trainings/{trainingId=t1}/learners/{learnerId=l1}';
const PAGE = { size: 'A4', orientation: 'landscape' };
const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const COMMANDS: readonly FuzzEndpoint[] = [
  at('PUT /api/v1/tenants/{tenantId=acme}/features/certificates', 'operator', { enabled: true }),
  at('POST /api/v1/certificate-templates', 'author operator', {
    ...{ kind: 'author', title: 'T', language: 'en', html: '<p>{{learner.name}}</p>' },
    ...{ css: 'p{}', page: PAGE },
  }),
  at('POST /api/v1/certificate-templates/{templateId=classic-en}/versions', 'operator author', {
    ...{ html: '<p>x</p>', css: 'p{}', page: PAGE, note: 'n' },
  }),
  at('POST /api/v1/trainings', ADMINS, {
    ...{ trainingId: 'tx', type: 'course', title: 'T', groupId: 'g1' },
  }),
  at('PUT /api/v1/trainings/{trainingId=t1}/certificate', ADMINS, {
    ...{ templateId: 'classic-en', version: 1, validForMonths: 12, renewalWindowDays: 30 },
  }),
  at('DELETE /api/v1/trainings/{trainingId=t2}/certificate', ADMINS),
  at('PUT /api/v1/learners/{learnerId=l1}', 'admin integration', {
    ...{ name: 'L', email: 'l@example.com' },
  }),
  at('DELETE /api/v1/learners/{learnerId=l4}', 'admin', { reason: 'Ticket 1' }),
  at('POST /api/v1/trainings/{trainingId=t1}/enrollments', `${ADMINS} integration`, {
    learnerId: 'l2',
  }),
  at(`${LEARNER_L2}/progress`, 'admin trainer integration', { percent: 50 }),
  at(`${LEARNER_L2}/completion`, 'admin trainer integration', {
    ...{ completedAt: '2025-01-01T00:00:00Z', score: 90 },
  }),
  at('POST /api/v1/me/learning-records/{trainingId=t1}/certificate', 'learner'),
  at('DELETE /api/v1/trainings/{trainingId=t1}/learners/{learnerId=l3}/certificate', ADMINS, {
    ...{ reason: 'wrong name' },
  }),
  at('POST /api/v1/trainings/{trainingId=t1}/learners/{learnerId=l1}/certificate', ADMINS),
  at('POST /api/v1/trainings/{trainingId=t1}/reports/progress', 'admin inspector auditor'),
  at('PUT /api/v1/tenants/{tenantId=acme}/profile', 'operator admin', {
    ...{ name: 'ACME Academy', url: 'https://acme.example', email: 'c@acme.example', logo: LOGO },
    certificatePrefix: 'ACME2',
  }),
  at('PUT /api/v1/tenants/{tenantId=acme}/notifications', 'operator admin', {
    reminderDays: [30, 7, 1],
    email: {
      ...{ enabled: true, certificateReady: true, attachPdf: true },
      ...{ reminders: true, expired: true, revoked: true, replyTo: 'help@acme.example' },
    },
  }),
  at(`${LEARNER_L1}/certificate/revocation`, ADMINS, { reason: 'Issued in error' }),
  at('POST /api/v1/me/learning-records/{trainingId=t1}/renewal', 'learner'),
  at(`${LEARNER_L1}/renewal`, ADMINS),
  at('POST /api/v1/webhooks', 'admin', {
    ...{ url: 'https://93.184.216.34/hooks', events: ['certificate.generated'] },
    description: 'LMS',
  }),
  at(`POST /api/v1/webhooks/{webhookId=${WEBHOOK}}/secret`, 'admin'),
  at(`POST /api/v1/webhooks/{webhookId=${WEBHOOK}}/replay`, 'admin', { fromPosition: '0' }),
  at(`DELETE /api/v1/webhooks/{webhookId=${WEBHOOK}}`, 'admin'),
  at('PUT /api/v1/test-clock', 'operator', { now: '2030-01-01T00:00:00Z' }),
  at('POST /api/v1/trainings/{trainingId=t1}/certificate-archives', ADMINS, { asOf: '2025-01-01' }),
  at('POST /api/v1/tenants/{tenantId=acme}/issuer-keys/rotation', 'operator admin'),
  at('POST /api/v1/me/learning-records/{trainingId=t1}/credential-offer', 'learner'),
  at('POST /tenants/{tenantId=acme}/openid4vci/token', '', {
    ...{ grant_type: 'urn:ietf:params:oauth:grant-type:pre-authorized_code' },
    'pre-authorized_code':
      '0f9a3c2e-7b1d-5e6a-9c8f-5d2b1a7e3c40.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  }),
  at('POST /tenants/{tenantId=acme}/openid4vci/nonce', ''),
  at('POST /tenants/{tenantId=acme}/openid4vci/credential', '', {
    ...{ credential_configuration_id: 'OpenBadgeCredential' },
    proofs: { jwt: ['eyJhbGciOiJFZERTQSJ9.e30.AAAA'] },
  }),
];

export const QUERIES: readonly FuzzEndpoint[] = [
  at('GET /api/v1/features/certificates', 'admin learner'),
  at('GET /api/v1/certificate-templates?kind=classic', 'admin author'),
  at('GET /api/v1/certificate-templates/{templateId=classic-en}', 'admin author'),
  at(
    'GET /api/v1/certificate-templates/{templateId=classic-en}/versions/{version=1}/preview',
    'author admin operator',
  ),
  at('GET /api/v1/trainings/{trainingId=t1}', READERS),
  at('GET /api/v1/trainings/{trainingId=t1}/certificates', READERS),
  at('GET /api/v1/trainings/{trainingId=t1}/learners/{learnerId=l1}/certificate', READERS),
  at('GET /api/v1/me/learning-records', 'learner'),
  at('GET /api/v1/learners/{learnerId=l1}/personal-data', 'admin'),
  at('GET /api/v1/me/learning-records/{trainingId=t1}/certificate', 'learner'),
  at('GET /api/v1/reports?trainingId=t1', READERS),
  at(`GET /api/v1/reports/{reportId=${REPORT}}`, READERS),
  at(`GET /api/v1/reports/{reportId=${REPORT}}/file`, READERS),
  at('GET /api/v1/certificate-archives?trainingId=t1', ADMINS),
  at(`GET /api/v1/certificate-archives/{archiveId=${ARCHIVE}}`, ADMINS),
  at(`GET /api/v1/certificate-archives/{archiveId=${ARCHIVE}}/file`, ADMINS),
  at('GET /api/v1/audit/events?stream=enrollment-acme:t1:l1&type=x&after=0&limit=10', AUDIT),
  at('GET /api/v1/audit/trainings/{trainingId=t1}/progress-report?asOf=2025-01-01', AUDIT),
  at('GET /api/v1/test-clock', 'operator'),
  at('GET /api/v1/tenants/{tenantId=acme}/profile', 'admin learner operator'),
  at('GET /api/v1/tenants/{tenantId=acme}/notifications', 'admin learner operator'),
  at('GET /api/v1/webhooks', 'admin'),
  at(`GET /api/v1/webhooks/{webhookId=${WEBHOOK}}`, 'admin'),
  at(`GET /api/v1/webhooks/{webhookId=${WEBHOOK}}/deliveries?limit=10`, 'admin'),
  at('GET /api/v1/public/certificates/{certificateId=c1}?on=2026-03-01', ''),
  at('GET /api/v1/public/certificates/{certificateId=c1}/credential', ''),
  at('GET /api/v1/public/certificates/{certificateId=c1}/badge.png', ''),
  at(`GET /api/v1/public/achievement-images/{imageId=${'0'.repeat(64)}}.png`, ''),
  at('GET /verify/{certificateId=c1}?lang=fr&on=2026-03-01', ''),
  at('GET /tenants/{tenantId=acme}/did.json', ''),
  at('GET /tenants/{tenantId=acme}/status-lists/revocation', ''),
  at('GET /.well-known/openid-credential-issuer/tenants/{tenantId=acme}', ''),
  at('GET /.well-known/oauth-authorization-server/tenants/{tenantId=acme}', ''),
  at('GET /health', ''),
  at('GET /metrics', ''),
  at('GET /docs/json', ''),
];

// ---- strings -------------------------------------------------------------------------------
const LATIN1 = fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f);
/** What an HTTP client can put in a header value: visible ASCII and obs-text (as latin-1). */
export const headerValue = fc.oneof(
  fc.string({ unit: LATIN1.map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 150, maxLength: 400 }),
);
const unicode = fc.string({ unit: 'binary', maxLength: 40 });
const piece = fc.string({ unit: 'binary', minLength: 1, maxLength: 4 });
const huge = fc
  .tuple(piece, fc.integer({ min: 200, max: 10_000 }))
  .map(([s, n]) => codePoints(s.repeat(Math.ceil(n / s.length)), n));
/** The first `n` code points, never half a surrogate pair. */
const codePoints = (s: string, n: number) => Array.from(s).slice(0, n).join('');

/** A path segment as a client would send it: encoded, or raw with dot segments and escapes. */
export const pathSegment = fc.oneof(
  { weight: 3, arbitrary: unicode.map(encodeURIComponent) },
  {
    weight: 3,
    arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map(encodeURIComponent),
  },
  { weight: 1, arbitrary: huge.map((s) => encodeURIComponent(codePoints(s, 2000))) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...['..', '.', '%2e%2e', '%00', 'a%00b', '%', '%zz', '%C0%AF', '%2F', '%5C', ':', 'a:b'],
      ...['%3A', '_platform', '-x', '~', '%20', '%E2%80%AE', 'classic-en', 't1', 'l1', 'acme'],
      ...['0', '-1', '1.5', '1e9', '99999999999999999999999', 'x'.repeat(129), 'y'.repeat(5000)],
    ),
  },
);

/** X-Consistent-With: never a position above the head, so no query waits its 5 s. */
const position = fc.oneof(
  fc.constantFrom('0', '1', '2', '', ' 1', '-1', '1e3', '0x10', '1.0', 'W/"1"'),
  headerValue.map((s) => (/^\d{1,20}$/.test(s) ? '1' : s)),
);

const mostly = <V>(valid: fc.Arbitrary<V>, other: fc.Arbitrary<V>) =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: other });

export const headers = fc.record(
  {
    'idempotency-key': mostly(
      fc.uuid(),
      fc.oneof(headerValue, fc.constantFrom('k1', 'k'.repeat(201))),
    ),
    'if-match': fc.oneof(headerValue, fc.constantFrom('0', '1', '"1"', '*', 'W/"3"', '-1')),
    'x-consistent-with': mostly(fc.constantFrom('0', '1', '2'), position),
    'x-correlation-id': mostly(fc.uuid(), headerValue),
    accept: fc.constantFrom('text/csv', 'application/pdf', '*/*', 'text/html', 'x/y;q=0'),
  },
  { requiredKeys: [] },
);

const someContentType = fc.constantFrom(
  ...['application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=latin1'],
  ...['application/problem+json', 'text/plain', 'application/x-www-form-urlencoded'],
  ...['multipart/form-data; boundary=x', 'application/octet-stream', 'application/json, x/y'],
);
/** Mostly none (the JSON default), else a variation. */
export const contentType: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: someContentType },
);

// ---- bodies --------------------------------------------------------------------------------
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1.5, 1e308, '', ' ', [], {}, '__proto__', '2025-02-30'),
  unicode,
  huge,
  fc.integer(),
  fc.double(),
  fc.array(unicode, { maxLength: 3 }),
);

/** The valid body with one change: a field dropped, replaced by any value, or one added. */
export function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  if (keys.length === 0) keys.push('unexpected');
  const replaced = fc
    .tuple(fc.constantFrom(...keys), anyValue)
    .map(([key, value]) => ({ ...valid, [key]: value }));
  const dropped = fc.constantFrom(...keys).map((key) => {
    const copy = { ...valid };
    delete copy[key];
    return copy;
  });
  const added = fc
    .tuple(fc.oneof(unicode, fc.constantFrom('__proto__', 'constructor', 'tenantId')), anyValue)
    .map(([key, value]) => JSON.parse(JSON.stringify({ ...valid, [key]: value })) as unknown);
  return fc.oneof(replaced, dropped, added);
}

export type Payload = { body?: unknown } | { rawBody: string };

export function payload(valid: Record<string, unknown> | undefined): fc.Arbitrary<Payload> {
  return fc.oneof(
    { weight: 4, arbitrary: mutated(valid ?? {}).map((body) => ({ body })) },
    { weight: 2, arbitrary: anyValue.map((body) => ({ body })) },
    { weight: 1, arbitrary: fc.constant(valid ? { body: valid } : {}) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(unicode, fc.constantFrom('', '{', '{"a":', 'null', '[1,]', '\u0000', '{"a":1}x'))
        .map((rawBody) => ({ rawBody })),
    },
  );
}

// ---- callers -------------------------------------------------------------------------------
export interface Claims {
  sub: string;
  tenant: string;
  roles: string[];
  groups?: string[];
}

/** Who calls: mostly a role the endpoint allows, sometimes any role or claims, or no token. */
export function caller(endpoint: FuzzEndpoint) {
  const allowed = endpoint.roles.length > 0 ? endpoint.roles : (['admin'] as Role[]);
  const tenantOf = (role: string) => (role === 'operator' ? 'platform' : 'acme');
  const claims = (roles: fc.Arbitrary<string[]>) =>
    roles.map((r) => ({ sub: 'l1', tenant: tenantOf(r[0] ?? ''), roles: r, groups: ['g1'] }));
  return fc.oneof(
    { weight: 12, arbitrary: claims(fc.constantFrom(...allowed).map((r) => [r])) },
    { weight: 3, arbitrary: claims(fc.subarray([...ROLES], { minLength: 1, maxLength: 3 })) },
    {
      weight: 1,
      arbitrary: fc.record({
        sub: fc.oneof(unicode, fc.constant('l1')),
        tenant: fc.oneof(unicode, fc.constantFrom('acme', 'globex', '_platform', 'a:b')),
        roles: fc.array(fc.oneof(fc.constantFrom(...ROLES), unicode), { maxLength: 3 }),
        groups: fc.array(fc.oneof(unicode, fc.constant('g1')), { maxLength: 3 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constant(null),
        headerValue.map((raw) => ({ raw })),
        headerValue.map((raw) => ({ raw: `Bearer ${raw}` })),
        fc.constant({ expired: true }),
      ),
    },
  );
}

export type Caller = Claims | null | { raw: string } | { expired: true };
