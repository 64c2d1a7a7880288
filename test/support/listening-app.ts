import { freePort } from './built-service';
import { TestApp } from './test-app';

/**
 * The service listening on a free local port, with that address as its PUBLIC_URL: for
 * verifiers that resolve the issuer's did:web and status list over real HTTP.
 */
export async function listeningApp(
  settings: Record<string, string> = {},
): Promise<{ app: TestApp; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = await TestApp.start({ PUBLIC_URL: base, ...settings });
  await app.app.listen({ port, host: '127.0.0.1' });
  return { app, base };
}
