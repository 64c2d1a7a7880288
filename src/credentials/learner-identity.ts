import { createHash } from 'node:crypto';

/** An Open Badges 3.0 `IdentityObject`: the learner's e-mail as a salted SHA-256, never in clear. */
export interface HashedEmailIdentity {
  readonly type: 'IdentityObject';
  readonly identityType: 'emailAddress';
  readonly hashed: true;
  /** `sha256$` + hex of SHA-256(e-mail + salt), as Open Badges specifies. */
  readonly identityHash: string;
  readonly salt: string;
}

/**
 * The e-mail is trimmed and lower-cased first, as addresses are compared in practice: a relying
 * party checking that a credential is someone's hashes their lower-cased address with the salt.
 */
export function hashedEmailIdentity(email: string, salt: string): HashedEmailIdentity {
  const normalized = email.trim().toLowerCase();
  // Stryker disable next-line StringLiteral: a string is hashed as UTF-8 by default
  const digest = createHash('sha256').update(`${normalized}${salt}`, 'utf8').digest('hex');
  return {
    type: 'IdentityObject',
    identityType: 'emailAddress',
    hashed: true,
    identityHash: `sha256$${digest}`,
    salt,
  };
}

/**
 * A salt of the certificate's own: unique per credential, so equal hashes never link two
 * credentials, and derived rather than random, so signing the same certificate again (a retried
 * generation) gives the same bytes. Being public in the credential anyway, a salt needs no secrecy.
 */
export function certificateSalt(tenantId: string, certificateId: string): string {
  return createHash('sha256')
    .update(`identity-salt\n${tenantId}\n${certificateId}`)
    .digest('hex')
    .slice(0, 32);
}
