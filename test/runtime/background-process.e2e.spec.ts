import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuiltService, exited, healthy, startBuiltService } from '../support/built-service';
import { token } from '../support/test-app';

/** Pids of the service's background children (`dist/runtime/background-process.js`). */
function backgroundChildren(service: BuiltService): number[] {
  let lines: string;
  try {
    lines = execFileSync('ps', ['--ppid', String(service.child.pid), '-o', 'pid=,args='], {
      encoding: 'utf8',
    });
  } catch {
    return []; // ps exits 1 when the process has no children
  }
  return lines
    .split('\n')
    .filter((line) => line.includes('background-process.js'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function eventually<T>(
  look: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await look();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start with BACKGROUND=process', () => {
  it('projects in a supervised child, restarts it when it dies, and stops it on SIGTERM', async () => {
    // Given: the built service, started as npm start starts it, with its background child
    const service = await startBuiltService(mkdtempSync(join(tmpdir(), 'background-')), {
      BACKGROUND: 'process',
    });
    await healthy(service);
    const admin = await token('acme', 'admin');
    const create = async (trainingId: string) => {
      const answer = await fetch(`${service.url}/api/v1/trainings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ trainingId, type: 'course', title: `Training ${trainingId}` }),
      });
      expect(answer.status).toBe(201);
      return ((await answer.json()) as { position: string }).position;
    };
    const readAt = (trainingId: string, position: string) =>
      fetch(`${service.url}/api/v1/trainings/${trainingId}`, {
        headers: { authorization: `Bearer ${admin}`, 'x-consistent-with': position },
      });
    const lags = async () =>
      (
        (await (await fetch(`${service.url}/health`)).json()) as { projections: { lag: string }[] }
      ).projections.map((p) => p.lag);
    const first = await eventually(() => backgroundChildren(service)[0], 30_000);

    // When: commands, and reads that name their positions
    const positions = await Promise.all(['a', 'b', 'c'].map(create));
    const reads = await Promise.all(['a', 'b', 'c'].map((id, i) => readAt(id, positions[i]!)));

    // Then: the read models caught up in the child, not in the HTTP process
    expect(reads.map((read) => read.status)).toEqual([200, 200, 200]);
    expect(new Set(await lags())).toEqual(new Set(['0']));

    // When: the child dies without warning, and commands keep coming
    process.kill(first, 'SIGKILL');
    const second = await eventually(
      () => backgroundChildren(service).find((pid) => pid !== first),
      30_000,
    );
    const later = await create('after-the-crash');

    // Then: a new child took over and the read models caught up again
    expect(service.stderr()).toMatch(/background process ended .*starting it again/);
    await eventually(
      async () => ((await lags()).every((lag) => lag === '0') ? true : undefined),
      30_000,
    );
    expect((await readAt('after-the-crash', later)).status).toBe(200);

    // When: the orchestrator stops the service
    service.child.kill('SIGTERM');
    const exit = await exited(service.child);

    // Then: it exits 0 and its child is gone with it
    expect(exit).toEqual({ code: 0, signal: null });
    expect(alive(second)).toBe(false);
  }, 120_000);
});
