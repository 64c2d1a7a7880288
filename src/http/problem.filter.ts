import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Inject,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { ConcurrencyConflict, DomainError } from '../core/domain-error';
import { sendOAuthError } from './oauth-error-answer';
import { Problem, PROBLEM_TYPE, type ProblemCode, STATUS_OF, TITLES } from './problem';
import { storageUnavailable } from './storage-unavailable';
import { isStorageFull, storeOf } from './storage-full';
import { StorageHealth } from './storage-health';

/** Seconds a client is told to wait before retrying a write refused for want of space. */
const FULL_DISK_RETRY_AFTER_SECONDS = 30;

const CODE_OF_STATUS: Record<number, ProblemCode> = {
  400: 'validation-failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  406: 'not-acceptable',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
};

/**
 * Every error leaves as application/problem+json with a stable `code`. Anything unexpected
 * is logged and answered as a 500 without internals.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  constructor(@Inject(StorageHealth) private readonly storage: StorageHealth) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (sendOAuthError(error, () => this.toProblem(error, request), request, reply)) return;
    const problem = this.toProblem(error, request);
    if (problem.retryAfterSeconds !== undefined)
      void reply.header('Retry-After', String(problem.retryAfterSeconds));
    void reply
      .status(problem.status)
      .type('application/problem+json')
      .send({
        type: PROBLEM_TYPE,
        title: TITLES[problem.status] ?? 'Error',
        status: problem.status,
        detail: problem.detail,
        code: problem.code,
        ...(problem.errors && { errors: problem.errors }),
      });
  }

  private toProblem(error: unknown, request: FastifyRequest): Problem {
    if (error instanceof Problem) return error;
    if (error instanceof ConcurrencyConflict)
      return new Problem(error.preconditionFailed ? 412 : 409, error.code, error.message);
    if (error instanceof DomainError)
      return new Problem(STATUS_OF[error.code], error.code, error.message);
    if (error instanceof ZodError)
      return new Problem(400, 'validation-failed', 'The request is not valid', issuesOf(error));
    const unavailable = storageUnavailable(error);
    if (unavailable) return unavailable;
    if (isStorageFull(error)) {
      // Logged once by StorageHealth as the disk fills, not once per refused request.
      const store = storeOf(error);
      this.storage.failed(store);
      return new Problem(
        503,
        'storage-unavailable',
        `The ${store} cannot write now (its disk is full); try again later`,
        undefined,
        FULL_DISK_RETRY_AFTER_SECONDS,
      );
    }
    const status = statusOf(error);
    if (status !== undefined && status < 500)
      return new Problem(status, CODE_OF_STATUS[status] ?? 'validation-failed', messageOf(error));
    this.logger.error({ err: error, requestId: request.id }, 'unhandled error');
    return new Problem(500, 'internal-error', 'Something went wrong on our side');
  }
}

function issuesOf(error: ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Nest's HttpException and Fastify's own errors (bad JSON, body too large) carry a status. */
function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'The request could not be processed';
}
