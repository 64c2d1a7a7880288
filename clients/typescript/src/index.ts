import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, operations, paths } from './schema';

/** The contract's named schemas: `Schemas['Training']`, `Schemas['Problem']`, … */
export type Schemas = components['schemas'];

export type CertificatesClient = Client<paths>;

export interface CertificatesClientOptions extends ClientOptions {
  /** The bearer token (a JWT) sent with every request; leave it out for the public endpoints. */
  readonly token?: string;
}

/**
 * A client whose paths, parameters, bodies and answers are typed from openapi.json:
 * `const { data, error } = await client.GET('/api/v1/trainings/{trainingId}', { params: { path: { trainingId } } })`.
 */
export function certificatesClient({
  token,
  ...options
}: CertificatesClientOptions): CertificatesClient {
  const client = createClient<paths>(options);
  if (token !== undefined) client.use(bearer(token));
  return client;
}

const bearer = (token: string): Middleware => ({
  onRequest({ request }) {
    request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
});
