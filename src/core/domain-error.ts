/**
 * The refusals the domain can give. Each code maps to one HTTP status in the problem filter;
 * the codes are part of the public contract (SPEC §4).
 */
export type DomainErrorCode =
  | 'validation-failed'
  | 'feature-inactive'
  | 'not-completed'
  | 'no-certificate-assigned'
  | 'template-not-found'
  | 'version-not-found'
  | 'not-found'
  | 'not-ready'
  | 'certificate-revoked'
  | 'renewal-not-open'
  | 'invalid-webhook-url'
  | 'learner-erased'
  | 'already-exists'
  | 'concurrency-conflict'
  | 'idempotency-key-reused'
  | 'forbidden';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const refuse = (code: DomainErrorCode, message: string): never => {
  throw new DomainError(code, message);
};

/** A stream moved on under the command: 409 after retries, or 412 when the client sent If-Match. */
export class ConcurrencyConflict extends DomainError {
  constructor(
    message: string,
    readonly preconditionFailed: boolean,
  ) {
    super('concurrency-conflict', message);
    this.name = 'ConcurrencyConflict';
  }
}
