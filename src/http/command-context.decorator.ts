import { createHash, randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { keyedId } from '../core/keyed-id';
import type { CommandContext } from '../core/command-context';
import type { AuthenticatedRequest } from './access.decorators';
import { validationFailed } from './problem';

const KEY = /^[\x21-\x7e]{1,200}$/;
const REVISION = /^"(\d{1,18})"$/;

/**
 * The context of the command a request carries: who sends it, its correlation, and how a
 * retry is recognised (Idempotency-Key) or a stale read refused (If-Match).
 */
export const CommandCtx = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CommandContext => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = request.actor;
    if (!actor) throw new Error('CommandCtx used on a public route');
    const idempotencyKey = header(request, 'idempotency-key');
    if (idempotencyKey !== undefined && !KEY.test(idempotencyKey))
      throw validationFailed('Idempotency-Key must be 1-200 visible ASCII characters');
    const ifMatch = header(request, 'if-match');
    const revision = ifMatch === undefined ? undefined : REVISION.exec(ifMatch)?.[1];
    if (ifMatch !== undefined && revision === undefined)
      throw validationFailed('If-Match must be a stream revision in quotes, like "3"');
    const path = request.url.split('?')[0];
    // Keyed with a secret of the service: ids derived from the command id (a new certificate's,
    // whose public page names the learner) cannot be computed from a guessable key.
    const commandId = idempotencyKey
      ? keyedId(
          request.commandIdSecret,
          `${actor.tenant}|${actor.id}|${request.method} ${path}|${idempotencyKey}`,
        )
      : randomUUID();
    const correlationId = header(request, 'x-correlation-id') ?? request.id;
    if (!KEY.test(correlationId))
      throw validationFailed('X-Correlation-Id must be 1-200 visible ASCII characters');
    return {
      commandId,
      tenant: actor.tenant,
      actor: { id: actor.id, roles: actor.roles },
      correlationId,
      causationId: request.id,
      ...(idempotencyKey !== undefined && {
        idempotencyKey,
        requestHash: createHash('sha256')
          .update(JSON.stringify(request.body ?? null))
          .digest('hex'),
      }),
      ...(idempotencyKey === undefined && { randomCommandId: true as const }),
      ...(revision !== undefined && { expectedRevision: BigInt(revision) }),
    };
  },
);

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}
