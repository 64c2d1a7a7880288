import { refuse } from '../core/domain-error';
import type { Actor, Role } from './actor';

/** The `tenant` claim of platform operators' tokens (SPEC §2). */
export const PLATFORM_TOKEN_TENANT = 'platform';

/**
 * May the actor act on the tenant a path names? A platform operator may act on any tenant; a
 * token of another tenant that claims `operator` is refused (403). Anyone else acts only on
 * their own tenant, with one of `roles`: another tenant's ids answer 404, so existence does not
 * leak; a role of the tenant that is not allowed answers 403.
 */
export function requireTenantAccess(actor: Actor, tenantId: string, roles: readonly Role[]): void {
  if (actor.roles.includes('operator')) {
    if (actor.tenant === PLATFORM_TOKEN_TENANT) return;
    refuse('forbidden', 'Only a platform token may act as an operator');
  }
  if (actor.tenant !== tenantId) refuse('not-found', `No tenant ${tenantId}`);
  if (!actor.roles.some((role) => roles.includes(role)))
    refuse('forbidden', 'Your role does not allow this');
}
