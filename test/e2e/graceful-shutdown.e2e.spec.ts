import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../../src/auth/sign-token';
import { exited, healthy, startBuiltService } from '../support/built-service';
import { TEST_SECRET } from '../support/test-app';
import { documentedFetch as fetch } from '../support/documented-fetch';

describe('Stopping the service with SIGTERM', () => {
  it('answers the request in flight, then exits 0 within 10 s', async () => {
    // Given: a running service and a request still waiting for a read model
    const service = await startBuiltService(mkdtempSync(join(tmpdir(), 'shutdown-')));
    await healthy(service);
    const admin = await signToken(TEST_SECRET, { sub: 'a1', tenant: 'acme', roles: ['admin'] });
    const inFlight = fetch(`${service.url}/api/v1/trainings/t1`, {
      headers: { authorization: `Bearer ${admin}`, 'x-consistent-with': '999999' },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    // When: the orchestrator stops it
    const stopped = Date.now();
    service.child.kill('SIGTERM');
    const [answer, exit] = await Promise.all([inFlight, exited(service.child)]);

    // Then: the waiting request got its answer (stale: the position never came), not a reset
    // connection, and the process ended cleanly and in time
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ code: 'stale' });
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopped).toBeLessThan(10_000);
    expect(service.stderr()).not.toMatch(/Error|at .*\.js:\d+/);
  }, 60_000);
});
