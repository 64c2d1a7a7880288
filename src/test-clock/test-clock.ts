import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Clock } from '../core/clock';

/**
 * The clock of a service started with TEST_CLOCK=1: real time plus an offset that only grows.
 * The offset is kept in DATA_DIR so that a restart runs on from where the clock was set,
 * and the log's times never go backwards.
 */
export class TestClock implements Clock {
  private offsetMs: number;

  constructor(private readonly file: string) {
    this.offsetMs = TestClock.readOffset(file);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock to `time`; refuses to move it backwards. */
  moveTo(time: Date): void {
    const offsetMs = time.getTime() - Date.now();
    if (time < this.now()) throw new RangeError('The test clock only moves forward');
    this.offsetMs = offsetMs;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ offsetMs }));
  }

  private static readOffset(file: string): number {
    try {
      const { offsetMs } = JSON.parse(readFileSync(file, 'utf8')) as { offsetMs?: unknown };
      return typeof offsetMs === 'number' && offsetMs > 0 ? offsetMs : 0;
    } catch {
      return 0;
    }
  }
}
