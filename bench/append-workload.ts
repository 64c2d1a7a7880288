import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, EventToAppend } from '../src/event-store/event-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';

/** One single-event append: a learner's enrolment, the first event of a new stream. */
export interface SingleAppend {
  readonly stream: string;
  readonly event: EventToAppend;
}

/** A store under test: appends a chunk of single-event appends, one at a time, in order. */
export interface Appender {
  appendAll(appends: readonly SingleAppend[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * `count` valid LearnerEnrolled events, each opening its own enrolment stream, built before
 * any timing so every store under test appends exactly the same rows.
 */
export function enrolments(count: number, tenant = 'bench'): SingleAppend[] {
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const trainingId = `course-${i % 20}`;
    const learnerId = `learner-${String(i).padStart(7, '0')}`;
    const occurredAt = new Date(start + i * 1000).toISOString();
    const commandId = randomUUID();
    return {
      stream: `enrollment-${tenant}:${trainingId}:${learnerId}`,
      event: {
        eventId: randomUUID(),
        type: 'LearnerEnrolled',
        data: { trainingId, learnerId, enrolledAt: occurredAt },
        metadata: {
          tenant,
          actor: { id: 'admin-1', roles: ['admin'] },
          occurredAt,
          command: 'EnrollLearner',
          commandId,
          correlationId: commandId,
          causationId: commandId,
          eventVersion: 1,
        },
      },
    };
  });
}

export const benchDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `bench-${prefix}-`));

/**
 * Ours, through the port: one event, one new stream per append. With several writers, each
 * awaits its own appends one after another while the others' are pending, as concurrent
 * commands do.
 */
export function ourStore(writers = 1): Appender {
  const dir = benchDir('append-ours');
  const store: EventStore = new SqliteEventStore(join(dir, 'events.sqlite'));
  return {
    async appendAll(appends) {
      let next = 0;
      const writer = async (): Promise<void> => {
        for (let append = appends[next++]; append; append = appends[next++])
          await store.append(append.stream, [append.event], 'no-stream');
      };
      await Promise.all(Array.from({ length: writers }, writer));
    },
    async close() {
      await store.close();
      removeDir(dir);
    },
  };
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

const CHUNK = 1_000;

/**
 * Appends/s of each store over the same appends, each store on its own new file. The stores
 * take turns a chunk at a time, so whatever else the machine does weighs on all of them alike;
 * a first chunk of other events warms each one up untimed.
 */
export async function appendsPerSecond(
  appends: readonly SingleAppend[],
  stores: readonly Appender[],
): Promise<number[]> {
  const seconds = stores.map(() => 0);
  try {
    const warmUp = enrolments(CHUNK, 'warmup');
    for (const store of stores) await store.appendAll(warmUp);
    for (let from = 0; from < appends.length; from += CHUNK) {
      const chunk = appends.slice(from, from + CHUNK);
      for (const [i, store] of stores.entries()) {
        const started = process.hrtime.bigint();
        await store.appendAll(chunk);
        seconds[i]! += Number(process.hrtime.bigint() - started) / 1e9;
      }
    }
  } finally {
    for (const store of stores) await store.close();
  }
  return seconds.map((s) => appends.length / s);
}

export const round = (value: number): number => Math.round(value * 100) / 100;
