import { createHash, randomBytes } from 'node:crypto';

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
 * The e-mail is trimmed and lower-cased first, so a relying party that hashes the address as the
 * learner types it gets the same hash.
 */
export function hashedEmailIdentity(
  email: string,
  salt: string = randomBytes(16).toString('hex'),
): HashedEmailIdentity {
  const normalized = email.trim().toLowerCase();
  const digest = createHash('sha256').update(`${normalized}${salt}`, 'utf8').digest('hex');
  return {
    type: 'IdentityObject',
    identityType: 'emailAddress',
    hashed: true,
    identityHash: `sha256$${digest}`,
    salt,
  };
}
