import type { DomainErrorCode } from '../core/domain-error';

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export type ProblemCode =
  | DomainErrorCode
  | 'unauthorized'
  | 'stale'
  | 'payload-too-large'
  | 'rate-limited'
  | 'unsupported-media-type'
  | 'not-acceptable'
  | 'template-not-renderable'
  | 'storage-unavailable'
  | 'internal-error';

/**
 * Every problem's `type`. RFC 9457's `about:blank` says the problem means no more than its HTTP
 * status (its `title` is the status phrase); the stable `code` member names it. A URI of our own
 * would have to be one the project controls and serves, wherever the service is deployed.
 */
export const PROBLEM_TYPE = 'about:blank';

/** An RFC 9457 problem answer, raised from anywhere in the HTTP layer. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors?: readonly FieldError[],
    /** Sent as Retry-After: how long a client should wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
    this.name = 'Problem';
  }
}

export const STATUS_OF: Record<DomainErrorCode, number> = {
  'validation-failed': 400,
  forbidden: 403,
  'template-not-found': 404,
  'version-not-found': 404,
  'not-found': 404,
  'feature-inactive': 409,
  'not-completed': 409,
  'no-certificate-assigned': 409,
  'not-ready': 409,
  'certificate-revoked': 409,
  'renewal-not-open': 409,
  'invalid-webhook-url': 400,
  'learner-erased': 409,
  'already-exists': 409,
  'concurrency-conflict': 409,
  'idempotency-key-reused': 422,
};

export const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const validationFailed = (detail: string, errors?: readonly FieldError[]) =>
  new Problem(400, 'validation-failed', detail, errors);

export const notFound = (detail = 'No such resource') => new Problem(404, 'not-found', detail);
