import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { driver as didWebDriver } from '@digitalbazaar/did-method-web';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { packagedContextLoader } from '../../src/credentials/json-ld-contexts';

/** How the verifier reaches the web: DID documents (always asked for over https) and status lists. */
export type Fetch = (url: URL) => Promise<Response>;

/**
 * A verifier made of Digital Bazaar's code, not ours: `@digitalbazaar/vc` checks the credential
 * and its proof, `@digitalbazaar/did-method-web` turns the issuer's did:web into a URL and picks
 * the key's verification method from the document it fetches, and
 * `@digitalbazaar/vc-bitstring-status-list` reads the status list. JSON-LD contexts come from the
 * packages, everything else from `fetchDocument`; against the running service that can be
 * `(url) => fetch(`http://${url.host}${url.pathname}`)`, as did:web always says https.
 */
export function independentVerifier(fetchDocument: Fetch) {
  const fetch = (input: Request | string | URL) =>
    fetchDocument(new URL(typeof input === 'string' || input instanceof URL ? input : input.url));
  const didWeb = didWebDriver({ fetchOptions: { fetch } });
  const documentLoader = async (url: string): Promise<DigitalBazaar.RemoteDocument> => {
    if (url.startsWith('did:web:'))
      return { contextUrl: null, documentUrl: url, document: await didWeb.get({ url }) };
    // Contexts from the packages first: a verifier that fetched them would go to the network.
    const context = await packagedContextLoader(url).catch(() => undefined);
    if (context) return context;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return { contextUrl: null, documentUrl: url, document: await response.json() };
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

/** A site in memory: documents keyed by host and path, whatever the scheme. */
export function siteFetch(site: ReadonlyMap<string, unknown>): Fetch {
  return (url) => {
    const body = site.get(`${url.host}${url.pathname}`);
    return Promise.resolve(
      body === undefined ? new Response('not found', { status: 404 }) : Response.json(body),
    );
  };
}

/** `http://localhost:3000/tenants/t/did.json` → `localhost:3000/tenants/t/did.json`, the site's key. */
export function siteKey(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}
