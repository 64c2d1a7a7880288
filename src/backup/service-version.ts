import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** This service's name and version, as package.json says (two folders up, in src/ and dist/). */
export function serviceVersion(): { readonly name: string; readonly version: string } {
  const { name, version } = JSON.parse(
    readFileSync(join(__dirname, '../../package.json'), 'utf8'),
  ) as { name: string; version: string };
  return { name, version };
}

/** Whether version `a` is newer than `b` (semantic versions, numeric parts only). */
export function isNewer(a: string, b: string): boolean {
  const parts = (v: string) => v.split(/[.+-]/, 3).map((part) => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}
