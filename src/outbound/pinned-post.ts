import type { LookupFunction } from 'node:net';
import type * as Undici from 'undici';
import type { Client } from 'undici';
import type { AddressPolicy } from '../core/address-policy';
import {
  checkedAddresses,
  type LookupHost,
  type ResolvedAddress,
  systemLookup,
} from './checked-addresses';

/** What a delivery attempt learnt: the receiver's status, or why there was none. */
export interface PostOutcome {
  readonly status: number | null;
  readonly problem: string | null;
}

const TIMEOUT_MS = 10_000;
/** Of the receiver's answer, at most this much is read, and nothing is kept. */
const ANSWER_BYTES = 1024;
/**
 * Clients kept, the least recently used closed first: one per webhook and address, so enough for
 * every live webhook (an idle one holds no socket after its 4 s keep-alive, only a small object).
 */
const MAX_CLIENTS = 4096;

/** undici, loaded with the first post: a service without webhooks never pays for its import. */
let undici: Promise<typeof Undici> | undefined;

/** A lookup that answers the address already checked, so the socket cannot go elsewhere. */
const pinnedTo = ({ address, family }: ResolvedAddress): LookupFunction =>
  ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;

/**
 * POSTs to webhook receivers safely by construction (ARCHITECTURE 11): the host is resolved
 * and every address checked at each call, the connection is made to the checked address (the
 * socket's own lookup answers only that one, so DNS rebinding between check and connect
 * cannot redirect it; TLS still checks the certificate against the host name), no redirect is
 * followed, 10 s at most, and at most 1 KB of the answer is read. Each sender (a webhook, which
 * posts one message at a time) keeps one connection alive per origin and checked address, so a
 * receiver whose name keeps resolving to the same address reuses it, and a slow receiver holds
 * up no other sender, even one posting to the same address.
 */
export class PinnedPoster {
  private readonly clients = new Map<string, Client>();

  constructor(
    private readonly policy: AddressPolicy,
    private readonly lookupHost: LookupHost = systemLookup,
    private readonly timeoutMs = TIMEOUT_MS,
  ) {}

  /** Posts `body` for `sender`, who waits for each post before the next. */
  async post(
    sender: string,
    url: string,
    headers: Readonly<Record<string, string>>,
    body: string,
    signal: AbortSignal,
  ): Promise<PostOutcome> {
    const resolution = await checkedAddresses(url, this.policy, this.lookupHost);
    if (resolution.problem !== null) return { status: null, problem: resolution.problem };
    const [address] = resolution.addresses;
    const { origin, pathname, search } = new URL(url);
    const { Client } = await (undici ??= import('undici'));
    // One controller per attempt, dropped after it: composed signals would pile listeners on
    // the long-lived stop signal, one per delivery.
    const attempt = new AbortController();
    const abort = () => attempt.abort();
    const timer = setTimeout(abort, this.timeoutMs);
    signal.addEventListener('abort', abort, { once: true });
    try {
      const answer = await this.clientFor(Client, sender, origin, address!).request({
        path: pathname + search,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        signal: attempt.signal,
      });
      // Reads at most 1 KB and drops it; a longer answer closes the connection.
      await answer.body.dump({ limit: ANSWER_BYTES });
      return { status: answer.statusCode, problem: null };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return { status: null, problem: typeof code === 'string' ? code : 'request failed' };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
  }

  async close(): Promise<void> {
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((client) => client.close()));
  }

  private clientFor(
    UndiciClient: typeof Client,
    sender: string,
    origin: string,
    address: ResolvedAddress,
  ): Client {
    const key = `${sender} ${origin} ${address.address}`;
    let client = this.clients.get(key);
    if (client) {
      // Used last, kept longest.
      this.clients.delete(key);
    } else {
      if (this.clients.size >= MAX_CLIENTS) {
        const [oldest] = this.clients.entries();
        this.clients.delete(oldest![0]);
        void oldest![1].close();
      }
      client = new UndiciClient(origin, {
        connect: { lookup: pinnedTo(address), timeout: this.timeoutMs },
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        keepAliveTimeout: 4_000,
      });
    }
    this.clients.set(key, client);
    return client;
  }
}
