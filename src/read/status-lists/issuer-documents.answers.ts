import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';

export const DidDocumentSchema = named(
  'DidDocument',
  z.object({
    '@context': z.array(z.string()),
    id: z.string().meta({ description: 'did:web:{host}:tenants:{tenantId}' }),
    verificationMethod: z.array(
      z.object({
        id: z.string(),
        type: z.literal('Multikey'),
        controller: z.string(),
        publicKeyMultibase: z.string(),
      }),
    ),
    assertionMethod: z.array(z.string()),
  }),
  {
    description: "The issuer's Ed25519 keys, current and rotated",
    example: {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: 'did:web:localhost%3A3000:tenants:acme',
      verificationMethod: [
        {
          id: 'did:web:localhost%3A3000:tenants:acme#key-1',
          type: 'Multikey',
          controller: 'did:web:localhost%3A3000:tenants:acme',
          publicKeyMultibase: 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
        },
      ],
      assertionMethod: ['did:web:localhost%3A3000:tenants:acme#key-1'],
    },
  },
);

const proof = z.looseObject({
  type: z.literal('DataIntegrityProof'),
  cryptosuite: z.string(),
  verificationMethod: z.string(),
  proofPurpose: z.string(),
  proofValue: z.string(),
});

/**
 * A credential's proof: a list of one, as the Open Badges JSON Schema asks, in credentials issued
 * since; a single proof, in those issued before (they are served as they were signed).
 */
const credentialProofs = z.union([z.array(proof).min(1).max(1), proof]).meta({
  description: 'A list of one proof; a single proof in credentials issued before that',
});

/** Signed JSON-LD: the shape a verifier relies on; the rest is the W3C data model's. */
const verifiableCredential = (proofs: z.ZodType) =>
  z.looseObject({
    '@context': z.array(z.unknown()),
    id: z.string(),
    type: z.array(z.string()),
    issuer: z.union([z.string(), z.looseObject({ id: z.string() })]),
    validFrom: z.string(),
    credentialSubject: z.looseObject({}),
    proof: proofs,
  });

export const OpenBadgeCredentialSchema = named(
  'OpenBadgeCredential',
  verifiableCredential(credentialProofs),
  {
    description:
      'An Open Badges 3.0 OpenBadgeCredential (W3C VC 2.0), eddsa-rdfc-2022 proof, BitstringStatusListEntry status',
  },
);

export const StatusListCredentialSchema = named(
  'StatusListCredential',
  verifiableCredential(proof),
  {
    description: 'A signed BitstringStatusListCredential (purpose revocation)',
  },
);
