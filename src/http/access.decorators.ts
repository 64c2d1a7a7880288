import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '../auth/actor';

export const PUBLIC = 'access:public';
export const ROLES = 'access:roles';

/** No token needed (health, metrics, docs). */
export const Public = () => SetMetadata(PUBLIC, true);

/** The roles allowed; any other valid token gets 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export interface AuthenticatedRequest extends FastifyRequest {
  actor?: Actor;
  /** What command ids derived from an Idempotency-Key are keyed with (`commandIdSecret`). */
  commandIdSecret: string;
}

/** The verified caller of the current request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});
