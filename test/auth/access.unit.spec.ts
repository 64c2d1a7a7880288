import { type Actor, type Role, scopeFor } from '../../src/auth/actor';
import { requireTenantAccess } from '../../src/auth/tenant-access';
import { DomainError } from '../../src/core/domain-error';

const actor = (roles: Role[], tenant = 'acme'): Actor => ({
  id: 'zoe',
  tenant,
  roles,
  groups: ['north', 'south'],
});

describe('The scope a token grants', () => {
  const MANAGERS: Role[] = ['admin', 'group-admin', 'trainer'];

  it('is the whole tenant for a tenant-wide role that allows the action', () => {
    expect(scopeFor(actor(['admin']), MANAGERS)).toEqual({ kind: 'tenant' });
    expect(scopeFor(actor(['trainer', 'admin']), MANAGERS)).toEqual({ kind: 'tenant' });
  });

  it("is the token's groups for a group admin or a trainer", () => {
    const groups = { kind: 'groups', groups: ['north', 'south'] };
    expect(scopeFor(actor(['group-admin']), MANAGERS)).toEqual(groups);
    expect(scopeFor(actor(['trainer']), MANAGERS)).toEqual(groups);
    expect(scopeFor(actor(['trainer', 'group-admin']), MANAGERS)).toEqual(groups);
  });

  it('counts only the roles that allow the action', () => {
    // An admin who is also a trainer acts as a trainer where only trainers are allowed.
    expect(scopeFor(actor(['admin', 'trainer']), ['trainer'])).toEqual({
      kind: 'groups',
      groups: ['north', 'south'],
    });
  });
});

describe('Access to the tenant a path names', () => {
  const refusal = (run: () => void) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const { code, message } = error as DomainError;
      return { code, message };
    }
    throw new Error('not refused');
  };

  it('lets a platform operator act on any tenant, whatever the roles asked', () => {
    expect(() =>
      requireTenantAccess(actor(['operator'], 'platform'), 'acme', ['admin']),
    ).not.toThrow();
    expect(() => requireTenantAccess(actor(['operator'], 'platform'), 'globex', [])).not.toThrow();
  });

  it("refuses an operator claim in another tenant's token, even on its own tenant", () => {
    expect(
      refusal(() => requireTenantAccess(actor(['operator', 'admin']), 'acme', ['admin'])),
    ).toEqual({
      code: 'forbidden',
      message: 'Only a platform token may act as an operator',
    });
  });

  it("answers not found for another tenant's path, whatever the roles", () => {
    expect(refusal(() => requireTenantAccess(actor(['admin']), 'globex', ['admin']))).toEqual({
      code: 'not-found',
      message: 'No tenant globex',
    });
    // A platform token without the operator role is no tenant's member.
    expect(
      refusal(() => requireTenantAccess(actor(['admin'], 'platform'), 'acme', ['admin'])),
    ).toEqual({
      code: 'not-found',
      message: 'No tenant acme',
    });
  });

  it('lets a member act with an allowed role, and refuses one without', () => {
    expect(() => requireTenantAccess(actor(['learner', 'admin']), 'acme', ['admin'])).not.toThrow();
    expect(
      refusal(() => requireTenantAccess(actor(['learner', 'trainer']), 'acme', ['admin'])),
    ).toEqual({
      code: 'forbidden',
      message: 'Your role does not allow this',
    });
  });
});
