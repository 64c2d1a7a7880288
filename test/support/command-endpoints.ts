import type { Role } from '../../src/auth/actor';

export interface CommandEndpoint {
  readonly name: string;
  readonly method: 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly body?: unknown;
  /** Roles SPEC §5 names for this endpoint; every other role gets 403. */
  readonly allowed: readonly Role[];
}

/**
 * Every command endpoint of SPEC §5 with a valid request against the fixture the access tests
 * build (tenant acme, training t-g1 in group g1, learner l1 who completed it).
 */
export const COMMAND_ENDPOINTS: readonly CommandEndpoint[] = [
  {
    name: 'SetCertificatesFeature',
    method: 'PUT',
    url: '/api/v1/tenants/acme/features/certificates',
    body: { enabled: true },
    allowed: ['operator'],
  },
  {
    name: 'CreateTemplate',
    method: 'POST',
    url: '/api/v1/certificate-templates',
    body: { kind: 'author', title: 'T', language: 'en', html: '<p>x</p>' },
    allowed: ['author', 'operator'],
  },
  {
    name: 'PublishTemplateVersion',
    method: 'POST',
    url: '/api/v1/certificate-templates/classic-en/versions',
    body: { html: '<p>x</p>' },
    allowed: ['author', 'operator'],
  },
  {
    name: 'CreateTraining',
    method: 'POST',
    url: '/api/v1/trainings',
    body: { type: 'course', title: 'T', groupId: 'g1' },
    allowed: ['admin', 'group-admin'],
  },
  {
    name: 'AssignCertificate',
    method: 'PUT',
    url: '/api/v1/trainings/t-g1/certificate',
    body: { templateId: 'classic-en', version: 1 },
    allowed: ['admin', 'group-admin'],
  },
  {
    name: 'RemoveCertificate',
    method: 'DELETE',
    url: '/api/v1/trainings/t-g1/certificate',
    allowed: ['admin', 'group-admin'],
  },
  {
    name: 'RecordLearnerProfile',
    method: 'PUT',
    url: '/api/v1/learners/l1',
    body: { name: 'L One', email: 'l1@example.com' },
    allowed: ['admin', 'integration'],
  },
  {
    name: 'EnrollLearner',
    method: 'POST',
    url: '/api/v1/trainings/t-g1/enrollments',
    body: { learnerId: 'l2' },
    allowed: ['admin', 'group-admin', 'integration'],
  },
  {
    name: 'RecordProgress',
    method: 'POST',
    url: '/api/v1/trainings/t-g1/learners/l2/progress',
    body: { percent: 50 },
    allowed: ['admin', 'trainer', 'integration'],
  },
  {
    name: 'CompleteTraining',
    method: 'POST',
    url: '/api/v1/trainings/t-g1/learners/l2/completion',
    body: {},
    allowed: ['admin', 'trainer', 'integration'],
  },
  {
    name: 'GenerateCertificate (learner)',
    method: 'POST',
    url: '/api/v1/me/learning-records/t-g1/certificate',
    allowed: ['learner'],
  },
  {
    name: 'DeleteCertificate',
    method: 'DELETE',
    url: '/api/v1/trainings/t-g1/learners/l1/certificate',
    allowed: ['admin', 'group-admin'],
  },
  {
    name: 'GenerateCertificate (admin)',
    method: 'POST',
    url: '/api/v1/trainings/t-g1/learners/l1/certificate',
    allowed: ['admin', 'group-admin'],
  },
  {
    name: 'RecordIssuerProfile',
    method: 'PUT',
    url: '/api/v1/tenants/acme/profile',
    body: { name: 'ACME Academy', url: 'https://acme.example', email: 'c@acme.example' },
    allowed: ['operator', 'admin'],
  },
  {
    name: 'RevokeCertificate',
    method: 'POST',
    url: '/api/v1/trainings/t-g1/learners/l1/certificate/revocation',
    body: { reason: 'Issued in error' },
    allowed: ['admin', 'group-admin'],
  },
];
