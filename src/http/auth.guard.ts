import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../auth/actor';
import { InvalidTokenError, TokenVerifier } from '../auth/token-verifier';
import { type AuthenticatedRequest, PUBLIC, ROLES } from './access.decorators';
import { Problem } from './problem';
import { PLATFORM_TOKEN_TENANT } from '../auth/tenant-access';

/** Authenticates every route that is not @Public (401) and checks its @Roles (403). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
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
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (allowed && !request.actor.roles.some((role) => allowed.includes(role)))
      throw new Problem(403, 'forbidden', 'Your role does not allow this');
    return true;
  }
}
