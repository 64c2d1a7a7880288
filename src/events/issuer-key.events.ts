import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, dateTime, id, userId } from './contract';

const keyId = () => z.string().regex(/^key-[1-9]\d*$/);

export const issuerKeyRotatedV1 = z
  .strictObject({
    tenantId: id(),
    keyId: keyId().describe('The new signing key, the fragment of its verification method.'),
    verificationMethod: z
      .string()
      .min(1)
      .max(2000)
      .describe('`did:web:…#key-N`: where verifiers find the new public key.'),
    publicKeyMultibase: z
      .string()
      .regex(/^z[1-9A-HJ-NP-Za-km-z]+$/)
      .describe('The new Ed25519 public key as a Multikey; the private key never enters the log.'),
    previousKeyId: keyId()
      .nullable()
      .describe('The key it replaces, which stays listed in the DID document; null: none yet.'),
    rotatedBy: userId(),
    rotatedAt: dateTime(),
  })
  .describe(
    "A tenant's issuer key was rotated: later credentials and status lists are signed with the new key; the old ones stay listed, so what they signed still verifies.",
  );

/** The tenant's issuer signing keys, as far as the log knows them: public parts only. */
export type IssuerKeyEvent = DomainEvent<'IssuerKeyRotated', z.infer<typeof issuerKeyRotatedV1>>;

export const ISSUER_KEY_EVENTS = {
  IssuerKeyRotated: { 1: issuerKeyRotatedV1 },
} as const satisfies EventSchemasOf<IssuerKeyEvent>;
