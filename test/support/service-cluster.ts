import { randomUUID } from 'node:crypto';
import { expectDocumented } from './contract-check';
import { type BuiltService, exited, healthy, startBuiltService } from './built-service';
import type { Answer, Call } from './test-app';

/** Something that answers HTTP calls the way a test app does: one instance or a cluster. */
export interface Requester {
  request(method: string, url: string, call?: Call): Promise<Answer>;
}

export interface Acknowledged {
  readonly key: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly position: string | undefined;
}

const RETRIES = 40;

/**
 * Several service processes on one DATA_DIR, as production runs several instances on one store.
 * Its client sends each command with an Idempotency-Key to a live instance and, when the
 * instance dies under it (connection refused or reset, or 503), sends it again with the same key
 * to another one — what a well-behaved client behind a load balancer does.
 */
export class ServiceCluster implements Requester {
  readonly acknowledged: Acknowledged[] = [];
  readonly serverErrors: string[] = [];
  requests = 0;
  retries = 0;
  kills = 0;

  private constructor(
    readonly dataDir: string,
    private readonly settings: Record<string, string>,
    private readonly services: (BuiltService | null)[],
    private readonly random: () => number,
  ) {}

  static async start(
    dataDir: string,
    size: number,
    random: () => number,
    settings: Record<string, string> = {},
  ): Promise<ServiceCluster> {
    // The first alone, as it makes the DATA_DIR's files (log, keys, secrets); the others then
    // side by side. As long as a restart may take: the suite runs another file beside this one.
    const start = async () => {
      const service = await startBuiltService(dataDir, settings);
      await healthy(service, 60_000);
      return service;
    };
    const first = await start();
    const others = await Promise.all(Array.from({ length: size - 1 }, start));
    return new ServiceCluster(dataDir, settings, [first, ...others], random);
  }

  get size(): number {
    return this.services.length;
  }

  alive(): BuiltService[] {
    return this.services.filter((service): service is BuiltService => service !== null);
  }

  /** SIGKILL: no shutdown hook runs, whatever the instance was doing is cut short. */
  async kill(index: number): Promise<void> {
    const service = this.services[index];
    if (!service) return;
    this.services[index] = null;
    service.child.kill('SIGKILL');
    await exited(service.child);
    this.kills++;
  }

  async restart(index: number): Promise<void> {
    if (this.services[index]) return;
    const service = await startBuiltService(this.dataDir, this.settings);
    await healthy(service, 60_000);
    this.services[index] = service;
  }

  /** SIGTERM to every instance; resolves to their exits, with what each said on stderr. */
  async stop(): Promise<{ code: number | null; stderr: string }[]> {
    const running = this.alive();
    this.services.fill(null);
    for (const service of running) service.child.kill('SIGTERM');
    return Promise.all(
      running.map(async (service) => ({
        code: (await exited(service.child)).code,
        stderr: service.stderr(),
      })),
    );
  }

  async request(method: string, url: string, call: Call = {}): Promise<Answer> {
    const key = call.headers?.['idempotency-key'] ?? randomUUID();
    const headers: Record<string, string> = { ...call.headers, 'idempotency-key': key };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    this.requests++;
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const live = this.alive();
      const target = live[Math.floor(this.random() * live.length)];
      if (target) {
        const answer = await send(`${target.url}${url}`, method, headers, body);
        if (answer && answer.status !== 503) {
          if (answer.status >= 500) this.serverErrors.push(`${method} ${url}: ${answer.raw}`);
          if (answer.status < 300 && method !== 'GET')
            this.acknowledged.push({
              key,
              method,
              url,
              status: answer.status,
              position: (answer.body as { position?: string } | null)?.position,
            });
          return answer;
        }
      }
      this.retries++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${method} ${url}: no instance answered after ${RETRIES} tries`);
  }
}

/** One HTTP exchange; undefined when the connection failed (the instance died or is starting). */
async function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<Answer | undefined> {
  let response: Response;
  let raw: string;
  try {
    response = await fetch(url, { method, headers, ...(body !== undefined && { body }) });
    raw = await response.text();
  } catch {
    return undefined;
  }
  const type = response.headers.get('content-type') ?? undefined;
  expectDocumented(method, new URL(url).pathname, response.status, type, raw);
  let parsed: unknown = raw;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // Not JSON: the raw text is enough.
  }
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: parsed,
    raw,
  };
}
