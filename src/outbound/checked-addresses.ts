import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { AddressPolicy } from '../core/address-policy';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** How a host name becomes addresses: the system resolver, or a test's. */
export type LookupHost = (host: string) => Promise<readonly ResolvedAddress[]>;

const LOOKUP_TIMEOUT_MS = 3_000;

export const systemLookup: LookupHost = async (host) => {
  const found = await lookup(host, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

export type Resolution =
  | { readonly addresses: readonly ResolvedAddress[]; readonly problem: null }
  | { readonly addresses: null; readonly problem: string };

const refused = (problem: string): Resolution => ({ addresses: null, problem });

/**
 * Resolves a webhook URL's host and checks every address it resolves to against the policy:
 * one address refused refuses the URL (a name that resolves to a public and a private address
 * must not reach the private one on a later lookup). Checked at creation and at every delivery.
 */
export async function checkedAddresses(
  url: string,
  policy: AddressPolicy,
  lookupHost: LookupHost = systemLookup,
): Promise<Resolution> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refused('it is not a URL');
  }
  const protocol = parsed.protocol;
  if (protocol !== 'https:' && protocol !== 'http:') return refused('it must be https');
  if (parsed.username !== '' || parsed.password !== '')
    return refused('it must not carry credentials');
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(host);
  let addresses: readonly ResolvedAddress[];
  if (family !== 0) addresses = [{ address: host, family: family === 6 ? 6 : 4 }];
  else
    try {
      addresses = await withTimeout(lookupHost(host), LOOKUP_TIMEOUT_MS);
    } catch {
      return refused(`${host} does not resolve`);
    }
  if (addresses.length === 0) return refused(`${host} does not resolve`);
  for (const { address } of addresses) {
    const refusal = policy.refusal(address, protocol);
    if (refusal !== null) return refused(refusal);
  }
  return { addresses, problem: null };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('lookup timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
