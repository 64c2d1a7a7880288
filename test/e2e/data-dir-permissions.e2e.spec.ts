import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { signToken } from '../../src/auth/sign-token';
import { exited, healthy, startBuiltService } from '../support/built-service';
import { documentedFetch as fetch } from '../support/documented-fetch';

/** Every folder and file under `root`, with its permission bits. */
function modesUnder(root: string): { path: string; mode: string }[] {
  const found = [{ path: '.', mode: (statSync(root).mode & 0o777).toString(8) }];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    found.push({ path: relative(root, path), mode: (statSync(path).mode & 0o777).toString(8) });
  }
  return found;
}

describe('DATA_DIR', () => {
  it("is made readable by the service's user only: folders 0700, files 0600", async () => {
    // Given: a DATA_DIR the service creates itself, with no secret configured (it makes one)
    const dataDir = join(mkdtempSync(join(tmpdir(), 'private-')), 'data');
    const service = await startBuiltService(dataDir, { AUTH_JWT_SECRET: '' });
    try {
      await healthy(service);

      // When: it records data and writes a report file
      const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
      const admin = await signToken(secret, { sub: 'a1', tenant: 'acme', roles: ['admin'] });
      const call = (method: string, path: string, body?: unknown) =>
        fetch(`${service.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      expect(
        (await call('POST', '/api/v1/trainings', { trainingId: 't1', type: 'course', title: 'T' }))
          .status,
      ).toBe(201);
      await call('PUT', '/api/v1/learners/ann', { name: 'Ann', email: 'ann@example.com' });
      await call('POST', '/api/v1/trainings/t1/enrollments', { learnerId: 'ann' });
      const report = await call('POST', '/api/v1/trainings/t1/reports/progress');
      const { reportId } = (await report.json()) as { reportId: string };
      for (let tries = 0; tries < 600; tries++) {
        const file = await fetch(`${service.url}/api/v1/reports/${reportId}/file`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        if (file.status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      service.child.kill('SIGTERM');
      await exited(service.child);
    }

    // Then: the log, read models, key stores, secret and files are there, and none of them is
    // open to the group or to others
    const modes = modesUnder(dataDir);
    expect(modes.map((entry) => entry.path)).toEqual(
      expect.arrayContaining(['.', 'jwt-secret', 'events.sqlite', 'read-models.sqlite', 'files']),
    );
    expect(modes.some((entry) => entry.path.endsWith('.csv'))).toBe(true);
    const isFolder = (path: string) => statSync(join(dataDir, path)).isDirectory();
    expect(modes.filter((entry) => entry.mode !== (isFolder(entry.path) ? '700' : '600'))).toEqual(
      [],
    );
  }, 90_000);

  it('that exists already open to others is left as it is, and the service says so', async () => {
    // Given: a DATA_DIR an operator made with the usual 0755
    const dataDir = join(mkdtempSync(join(tmpdir(), 'private-')), 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    const service = await startBuiltService(dataDir);
    try {
      // When: the service starts on it
      await healthy(service);
    } finally {
      service.child.kill('SIGTERM');
      await exited(service.child);
    }

    // Then: it warns, naming the setting and the fix; what it created inside is private
    expect(service.stderr()).toContain(`DATA_DIR ${dataDir} is open to other users (mode 755)`);
    expect((statSync(join(dataDir, 'events.sqlite')).mode & 0o777).toString(8)).toBe('600');
  }, 90_000);
});
