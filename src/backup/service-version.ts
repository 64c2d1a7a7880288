import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** This service's name and version, from the nearest package.json above (src/, dist/, dist-bench/src/). */
export function serviceVersion(from = __dirname): {
  readonly name: string;
  readonly version: string;
} {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as {
        name: string;
        version: string;
      };
      return { name, version };
    }
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

/** Whether version `a` is newer than `b` (semantic versions, numeric parts only). */
export function isNewer(a: string, b: string): boolean {
  const parts = (v: string) => v.split(/[.+-]/, 3).map((part) => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}
