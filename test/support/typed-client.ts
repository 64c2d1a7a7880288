import { type CertificatesClient, certificatesClient } from '../../clients/typescript/src/index';
import type { TestApp } from './test-app';

/**
 * The generated TypeScript client, talking to the app under test in process: its requests go
 * through inject (so the drift check sees every answer), its types come from openapi.json.
 */
export function typedClient(app: TestApp, token?: string): CertificatesClient {
  return certificatesClient({
    baseUrl: 'http://service',
    fetch: (request) => injected(app, request),
    ...(token !== undefined && { token }),
  });
}

async function injected(app: TestApp, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const payload = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
  const answer = await app.app.inject({
    method: request.method as 'GET',
    url: `${url.pathname}${url.search}`,
    headers: Object.fromEntries(request.headers),
    ...(payload !== undefined && { payload }),
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers))
    for (const one of [value ?? []].flat()) headers.append(name, String(one));
  const empty = answer.statusCode === 204 || answer.rawPayload.length === 0;
  return new Response(empty ? null : new Uint8Array(answer.rawPayload), {
    status: answer.statusCode,
    headers,
  });
}
