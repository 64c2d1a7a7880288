import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import {
  type BuiltService,
  exited,
  healthy,
  ROOT,
  startBuiltService,
} from '../support/built-service';
import { TEST_SECRET, token } from '../support/test-app';
import { documentedFetch as fetch } from '../support/documented-fetch';

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

const started: BuiltService[] = [];

// A test that fails part-way leaves no service (and no background child) running.
afterEach(() => {
  for (const { child } of started.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** The service started as `npm start` starts it (the built dist/main.js), and an admin's calls. */
async function startedWithBackgroundProcess() {
  const service = await startBuiltService(mkdtempSync(join(tmpdir(), 'background-')), {
    BACKGROUND: 'process',
  });
  started.push(service);
  await healthy(service);
  const admin = await token('acme', 'admin');
  return {
    service,
    create: async (trainingId: string): Promise<string> => {
      const answer = await fetch(`${service.url}/api/v1/trainings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ trainingId, type: 'course', title: `Training ${trainingId}` }),
      });
      expect(answer.status).toBe(201);
      return ((await answer.json()) as { position: string }).position;
    },
    /** Statuses of reads that each name the position their command answered. */
    readsAt: async (positions: Record<string, string>): Promise<number[]> => {
      const reads = Object.entries(positions).map(([trainingId, position]) =>
        fetch(`${service.url}/api/v1/trainings/${trainingId}`, {
          headers: { authorization: `Bearer ${admin}`, 'x-consistent-with': position },
        }),
      );
      return (await Promise.all(reads)).map((read) => read.status);
    },
    caughtUp: async (): Promise<boolean> => {
      const health = (await (await fetch(`${service.url}/health`)).json()) as {
        projections: { lag: string }[];
      };
      return health.projections.every((p) => p.lag === '0');
    },
  };
}

describe('npm start with projections and reactors outside the HTTP event loop', () => {
  it('BACKGROUND=process: a child that dies is started again and catches up; SIGTERM ends both', async () => {
    // Given: the service with its background in a child process
    const { service, create, readsAt, caughtUp } = await startedWithBackgroundProcess();
    const first = await eventually(() => backgroundChildren(service)[0], 30_000);

    // When: commands, and reads that name their positions
    const positions = { a: await create('a'), b: await create('b'), c: await create('c') };

    // Then: the read models caught up in the child
    expect(await readsAt(positions)).toEqual([200, 200, 200]);
    expect(await caughtUp()).toBe(true);

    // When: the child dies without warning, and commands keep coming
    process.kill(first, 'SIGKILL');
    const second = await eventually(
      () => backgroundChildren(service).find((pid) => pid !== first),
      30_000,
    );
    const later = await create('after-the-crash');

    // Then: a new child took over and the read models caught up again
    expect(service.stderr()).toMatch(/background process ended .*starting it again/);
    await eventually(async () => ((await caughtUp()) ? true : undefined), 30_000);
    expect(await readsAt({ 'after-the-crash': later })).toEqual([200]);

    // When: the orchestrator stops the service
    service.child.kill('SIGTERM');
    const exit = await exited(service.child);

    // Then: it exits 0 and its child is gone with it
    expect(exit).toEqual({ code: 0, signal: null });
    expect(alive(second)).toBe(false);
  }, 120_000);
});

describe('the background process', () => {
  it('whose supervisor goes before it is ready stops on its own, exit 0, without an error', async () => {
    // Given: a background process, as the supervisor forks it, with its configuration
    const dataDir = mkdtempSync(join(tmpdir(), 'background-'));
    const config = loadConfig({
      DATA_DIR: dataDir,
      AUTH_JWT_SECRET: TEST_SECRET,
      LOG_LEVEL: 'warn',
    });
    const child = fork(join(ROOT, 'dist/runtime/background-process.js'), [], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.send(config);

    // When: the supervisor is gone at once (killed, say), long before the child is ready
    child.disconnect();

    // Then: the child starts, finds nobody to tell, and stops cleanly
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  }, 60_000);
});
