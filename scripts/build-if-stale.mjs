// `npm start` and `npm run token` build first, but only when a source file is newer than the last
// build: an unchanged checkout starts without paying for the TypeScript compiler.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILD_INFO = 'dist/.tsbuildinfo';
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
};

let built = 0;
try {
  built = statSync(BUILD_INFO).mtimeMs;
} catch {
  // never built
}
if (Math.max(...INPUTS.map(newest)) >= built)
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
