import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../auth/actor';
import { InvalidTokenError, TokenVerifier } from '../auth/token-verifier';
import { type AuthenticatedRequest, PUBLIC, ROLES } from './access.decorators';
import { Problem } from './problem';
import { PLATFORM_TOKEN_TENANT } from '../auth/tenant-access';

/** What a route's decorators say about access: read once per route, not on every request. */
interface Access {
  readonly open: boolean;
  readonly allowed: readonly Role[] | undefined;
}

/** Authenticates every route that is not @Public (401) and checks its @Roles (403). */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly byClass = new WeakMap<object, WeakMap<object, Access>>();

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { open, allowed } = this.accessOf(context);
    if (open) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token)
      throw new Problem(401, 'unauthorized', 'A bearer token is required');
    try {
      request.actor = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new Problem(401, 'unauthorized', 'The bearer token is not valid');
      throw error;
    }
    // SPEC §2: only a platform token acts as operator; a token of another tenant that claims it
    // is refused outright, whatever other roles it has.
    if (request.actor.tenant !== PLATFORM_TOKEN_TENANT && request.actor.roles.includes('operator'))
      throw new Problem(403, 'forbidden', 'Only a platform token may act as an operator');
    if (allowed && !request.actor.roles.some((role) => allowed.includes(role)))
      throw new Problem(403, 'forbidden', 'Your role does not allow this');
    return true;
  }

  private accessOf(context: ExecutionContext): Access {
    const handler = context.getHandler();
    const controller = context.getClass();
    let ofClass = this.byClass.get(controller);
    if (!ofClass) this.byClass.set(controller, (ofClass = new WeakMap()));
    let access = ofClass.get(handler);
    if (!access) {
      const targets = [handler, controller];
      access = {
        open: Boolean(this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC, targets)),
        allowed: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets),
      };
      ofClass.set(handler, access);
    }
    return access;
  }
}
