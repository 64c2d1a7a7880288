import { expectDocumented } from './contract-check';

/**
 * `fetch` for specs that talk to the service over real HTTP: every answer is checked against
 * openapi.json, as TestApp's inject is. Import it as `fetch` to cover a whole spec file.
 */
export async function documentedFetch(input: string | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const payload = await response.clone().text();
  expectDocumented(
    init?.method ?? 'GET',
    String(input),
    response.status,
    response.headers.get('content-type') ?? undefined,
    payload,
  );
  return response;
}
