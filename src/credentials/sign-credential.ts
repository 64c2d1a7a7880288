import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';
import { verificationMethodId } from './did-web';
import type { IssuerSigningKey } from './issuer-keys';
import { packagedContextLoader } from './json-ld-contexts';

/**
 * Adds a Data Integrity proof (`eddsa-rdfc-2022`: RDF canonicalisation, SHA-256, Ed25519) made
 * with the tenant's current key, and returns the credential as the bytes to store and serve.
 * Ed25519 signatures are deterministic, so the same credential, key and `created` time give the
 * same bytes.
 *
 * `proofs: 'list'` writes the proof as a one-element array. In JSON-LD a single value and a list
 * of one are the same statement, so the signature and what verifiers check do not change; plain
 * JSON validators that follow a schema asking for a list (Open Badges 3.0) pass.
 */
export async function signCredential(
  credential: Record<string, unknown>,
  key: IssuerSigningKey,
  did: string,
  created: Date,
  // Stryker disable next-line StringLiteral: only 'list' is compared
  { proofs = 'single' }: { proofs?: 'single' | 'list' } = {},
): Promise<Buffer> {
  const signer: DigitalBazaar.Signer = {
    algorithm: 'Ed25519',
    id: verificationMethodId(did, key.keyId),
    sign: ({ data }) => key.sign(data),
  };
  const suite = new DataIntegrityProof({ signer, date: created, cryptosuite });
  const signed = await issue({ credential, suite, documentLoader: packagedContextLoader });
  const { proof, ...rest } = signed as Record<string, unknown>;
  return Buffer.from(JSON.stringify(proofs === 'list' ? { ...rest, proof: [proof] } : signed));
}
