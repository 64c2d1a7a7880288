import { documentedFetch } from './documented-fetch';

export interface ServiceAnswer {
  readonly status: number;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON under test
  readonly json: any;
}

/**
 * Calls to a service over real HTTP, each answer checked against the documented contract:
 * `call` answers whatever came, `ok` throws on a status of 300 or more (and hands every good
 * answer to `onOk`), `eventually` reads until `done` or `timeoutMs`.
 */
export function serviceCalls(
  baseUrl: () => string,
  options: { readonly timeoutMs?: number; readonly onOk?: (answer: ServiceAnswer) => void } = {},
) {
  const call = async (
    method: string,
    path: string,
    auth: string | null,
    body?: unknown,
  ): Promise<ServiceAnswer> => {
    const response = await documentedFetch(`${baseUrl()}${path}`, {
      method,
      headers: {
        ...(auth && { authorization: `Bearer ${auth}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // A file: the text is enough.
    }
    return { status: response.status, text, json };
  };
  const ok = async (answer: Promise<ServiceAnswer>): Promise<ServiceAnswer> => {
    const result = await answer;
    if (result.status >= 300) throw new Error(`${result.status}: ${result.text}`);
    options.onOk?.(result);
    return result;
  };
  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + (options.timeoutMs ?? 20_000);
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { call, ok, eventually };
}
