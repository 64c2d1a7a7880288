import type { AccessScope } from '../core/access-scope';

export const ROLES = [
  'operator',
  'admin',
  'group-admin',
  'author',
  'trainer',
  'inspector',
  'auditor',
  'learner',
  'integration',
] as const;

export type Role = (typeof ROLES)[number];

/** The verified caller, from the token's claims. */
export interface Actor {
  readonly id: string;
  readonly tenant: string;
  readonly roles: readonly Role[];
  readonly groups: readonly string[];
}

const GROUP_SCOPED: readonly Role[] = ['group-admin', 'trainer'];

/**
 * Tenant-wide when any of the actor's roles that allow the action is tenant-wide; else the
 * trainings of the token's groups.
 */
export function scopeFor(actor: Actor, allowed: readonly Role[]): AccessScope {
  const granting = actor.roles.filter((role) => allowed.includes(role));
  return granting.some((role) => !GROUP_SCOPED.includes(role))
    ? { kind: 'tenant' }
    : { kind: 'groups', groups: actor.groups };
}
