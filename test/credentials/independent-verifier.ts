import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { driver as didWebDriver } from '@digitalbazaar/did-method-web';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { packagedContextLoader } from '../../src/credentials/json-ld-contexts';

/**
 * A verifier made of Digital Bazaar's code, not ours: `@digitalbazaar/vc` checks the credential
 * and its proof, `@digitalbazaar/did-method-web` resolves the issuer's did:web to a URL and the
 * key's verification method, `@digitalbazaar/vc-bitstring-status-list` reads the status list.
 * Documents are "served" from `site` (URL → JSON), which the resolver reaches through its fetch,
 * so the DID → URL mapping is the library's, not ours. Only JSON-LD contexts come from the packages.
 */
export function independentVerifier(site: Map<string, unknown>) {
  const serve = (input: Request | string | URL): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    // did:web always resolves to https; the test site is keyed by host and path alone.
    const body = site.get(`${url.host}${url.pathname}`);
    return Promise.resolve(
      body === undefined
        ? new Response('not found', { status: 404 })
        : Response.json(body, { headers: { 'content-type': 'application/json' } }),
    );
  };
  const didWeb = didWebDriver({ fetchOptions: { fetch: serve } });
  const documentLoader = async (url: string): Promise<DigitalBazaar.RemoteDocument> => {
    if (url.startsWith('did:web:'))
      return { contextUrl: null, documentUrl: url, document: await didWeb.get({ url }) };
    if (url.startsWith('http')) {
      const response = await serve(url);
      if (response.ok)
        return { contextUrl: null, documentUrl: url, document: await response.json() };
    }
    return packagedContextLoader(url);
  };
  const suite = new DataIntegrityProof({ cryptosuite });
  return {
    verify: (credential: unknown, now?: Date) =>
      verifyCredential({
        credential,
        suite,
        documentLoader,
        checkStatus: ({ credential }) => checkStatus({ credential, suite, documentLoader }),
        ...(now ? { now } : {}),
      }),
    checkStatus: (credential: unknown) => checkStatus({ credential, suite, documentLoader }),
  };
}

/** `http://localhost:3000/tenants/t/did.json` → `localhost:3000/tenants/t/did.json`, the site's key. */
export function siteKey(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}
