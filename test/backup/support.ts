import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ROOT } from '../support/built-service';
import { TEST_SECRET } from '../support/test-app';

/** The embedded stores, whatever stores the suite's environment names. */
export const EMBEDDED = { EVENT_STORE: 'sqlite', READ_STORE: 'sqlite', FILE_STORE: 'disk' };

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run backup|restore -- <folder>` as the compiled CLI, on a DATA_DIR of the test's. */
export function runSnapshotCli(
  command: 'backup' | 'restore',
  folder: string,
  settings: Record<string, string>,
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '',
    AUTH_JWT_SECRET: TEST_SECRET,
    ERASURE_JOURNAL: '',
    ...EMBEDDED,
    ...settings,
  };
  const child = spawn(process.execPath, [join(ROOT, `dist/cli/${command}.js`), folder], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

export interface LogRow {
  readonly position: number;
  readonly event_id: string;
  readonly stream: string;
  readonly type: string;
  readonly data: string;
}

/** The rows of an embedded log, up to a position, read with a connection of the test's. */
export function logRows(file: string, upTo = Number.MAX_SAFE_INTEGER): LogRow[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db
      .prepare(
        'SELECT position, event_id, stream, type, data FROM events WHERE position <= ? ORDER BY position',
      )
      .all(upTo) as unknown as LogRow[];
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check` of a database copy, read only (nothing written beside it). */
export function integrityOf(file: string): unknown[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db.prepare('PRAGMA integrity_check').all();
  } finally {
    db.close();
  }
}
