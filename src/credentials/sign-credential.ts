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
  const { DataIntegrityProof, cryptosuite, issue } = await (libraries ??= loadLibraries());
  const suite = new DataIntegrityProof({ signer, date: created, cryptosuite });
  const signed = await issue({ credential, suite, documentLoader: packagedContextLoader });
  const { proof, ...rest } = signed as Record<string, unknown>;
  return Buffer.from(JSON.stringify(proofs === 'list' ? { ...rest, proof: [proof] } : signed));
}

/**
 * The JSON-LD signing libraries (jsonld among them) are loaded with the first credential, not
 * with the service: a process that never signs (most tests, a service whose signing runs in its
 * background process) never pays for their import.
 */
let libraries: ReturnType<typeof loadLibraries> | undefined;

async function loadLibraries() {
  const [{ DataIntegrityProof }, { cryptosuite }, { issue }] = await Promise.all([
    import('@digitalbazaar/data-integrity'),
    import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
    import('@digitalbazaar/vc'),
  ]);
  return { DataIntegrityProof, cryptosuite, issue };
}
