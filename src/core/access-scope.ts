import { refuse } from './domain-error';

/** What part of a tenant an actor may act on: all of it, or the trainings of some groups. */
export type AccessScope =
  { readonly kind: 'tenant' } | { readonly kind: 'groups'; readonly groups: readonly string[] };

export const tenantWide: AccessScope = { kind: 'tenant' };

export function inScope(scope: AccessScope, groupId: string | null): boolean {
  // Stryker disable next-line ConditionalExpression: groups are strings: includes(null) is false anyway
  return scope.kind === 'tenant' || (groupId !== null && scope.groups.includes(groupId));
}

export function requireScope(scope: AccessScope, groupId: string | null, what: string): void {
  if (!inScope(scope, groupId)) refuse('forbidden', `${what} is outside your groups`);
}
