import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions } from 'fastify';
import type { Role } from '../../src/auth/actor';
import { signToken, type TokenClaims } from '../../src/auth/sign-token';
import { type Config, loadConfig } from '../../src/config/config';
import { createApp } from '../../src/create-app';
import { expectDocumented } from './contract-check';
import { storeSettings } from './store-settings';
import { EVENT_LOG, type EventLog, type RecordedEvent } from '../../src/event-store/event-store';
import type { Append } from '../../src/event-store/event-store';
import type { AppendPath } from '../../src/write/command-handling/append-path';
import { APPEND_PATH } from '../../src/write/command-handling/command-handling.module';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface Call {
  readonly token?: string | null;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON under test
  readonly body: any;
  readonly raw: string;
}

/**
 * The service as a client sees it, over its HTTP interface, on fresh stores: embedded ones, or
 * those `npm run test:stack` names in the environment (see storeSettings).
 */
export class TestApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: Config,
  ) {}

  static async start(settings: Record<string, string> = {}, dataDir?: string): Promise<TestApp> {
    const directory = dataDir ?? mkdtempSync(join(tmpdir(), 'certificates-'));
    const config = loadConfig({
      ...storeSettings(directory),
      DATA_DIR: directory,
      AUTH_JWT_SECRET: TEST_SECRET,
      LOG_LEVEL: 'silent',
      // Tests send thousands of requests from one address; the limit has a test of its own.
      RATE_LIMIT_MAX: '0',
      // A marker appended on its own around real midnight would surprise tests that count events;
      // the tests of the scheduler turn it on.
      CUTOFF_SCHEDULER: 'off',
      ...settings,
    });
    const app = await createApp(config);
    checkEveryAnswer(app);
    return new TestApp(app, config);
  }

  async request(method: string, url: string, call: Call = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...call.headers };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    let payload: string | undefined = call.rawBody;
    if (call.body !== undefined) {
      payload = JSON.stringify(call.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload !== undefined && { payload }),
    });
    let body: unknown = response.body;
    try {
      body = response.json();
    } catch {
      // Not JSON (a PDF, a CSV, or an empty body): the raw text is enough.
    }
    return { status: response.statusCode, headers: response.headers, body, raw: response.body };
  }

  /** The log as the service reads it (profiles opened). */
  get store(): EventLog {
    return this.app.get<EventLog>(EVENT_LOG);
  }

  /** The service's append path: what its commands' events go through. */
  get append(): Append {
    return this.app.get<AppendPath>(APPEND_PATH).append;
  }

  async log(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (;;) {
      const page = await this.store.readAll({ after: events.at(-1)?.position, limit: 1000 });
      if (page.length === 0) return events;
      events.push(...page);
    }
  }

  async head(): Promise<bigint> {
    return (await this.store.headPosition()) ?? 0n;
  }

  close(): Promise<void> {
    return this.app.close();
  }
}

export function token(
  tenant: string,
  roles: Role | Role[],
  options: { sub?: string; groups?: string[] } = {},
): Promise<string> {
  const list = Array.isArray(roles) ? roles : [roles];
  const claims: TokenClaims = {
    sub: options.sub ?? `${list[0]}-1`,
    tenant,
    roles: list,
    ...(options.groups && { groups: options.groups }),
  };
  return signToken(TEST_SECRET, claims);
}

/**
 * For tests of commands that look at certificate requests while they are pending: without the
 * generation reactor, no render can settle a request between two steps of the test.
 */
export const WRITE_SIDE_ONLY = { REACTORS: 'off' } as const;

/**
 * Every answer a test receives through inject (TestApp.request, a typed client, or app.inject
 * itself) must be one openapi.json describes; any other fails the test that asked.
 */
function checkEveryAnswer(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const inject = fastify.inject.bind(fastify);
  const checked = async (options: InjectOptions) => {
    const response = await inject(options);
    const method = options.method ?? 'GET';
    const url = typeof options.url === 'string' ? options.url : (options.path as string);
    const type = response.headers['content-type'];
    expectDocumented(method, url, response.statusCode, type, response.body);
    return response;
  };
  // Only the promise form (what the tests use); the chained and callback forms pass through.
  fastify.inject = ((options?: InjectOptions | string, callback?: unknown) =>
    typeof options === 'object' && callback === undefined
      ? checked(options)
      : (inject as (...args: unknown[]) => unknown)(options, callback)) as typeof fastify.inject;
}
