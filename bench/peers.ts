import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The peers the benchmarks compare against (Emmett, its SQLite store, sqlite3, Express) live in
 * bench/peers with their own package.json and a gitignored node_modules, so the project's own
 * `npm install` neither downloads them nor compiles sqlite3. The first benchmark that needs them
 * installs them; sqlite3's native build, the only install script among them, is listed in
 * bench/peers/package.json's `allowScripts` (npm 11 warns about, and will block, unlisted ones).
 */
const PEERS_DIR = join(__dirname, '../../bench/peers');
export const PEERS_INSTALL = 'npm install --prefix bench/peers --no-audit --no-fund';

const fromPeers = createRequire(join(PEERS_DIR, 'package.json'));
let ready: true | Error | undefined;

/**
 * A peer package loaded from bench/peers, installing bench/peers first if it is not there yet;
 * throws, saying how to install them by hand, when that install fails.
 */
export function loadPeer<T>(name: string): T {
  ready ??= install();
  if (ready instanceof Error) throw ready;
  return fromPeers(name) as T;
}

function install(): true | Error {
  if (allResolve()) return true;
  process.stderr.write(`installing the benchmark peers once: ${PEERS_INSTALL}\n`);
  try {
    // Synchronous on purpose: nothing else runs while npm builds sqlite3 (about a minute).
    const npm = (...args: string[]) =>
      execFileSync('npm', args, { cwd: PEERS_DIR, stdio: ['ignore', process.stderr, 'inherit'] });
    npm('install', '--no-audit', '--no-fund');
    // A node_modules left from an install whose build was skipped counts as up to date.
    if (!allResolve()) npm('rebuild', 'sqlite3');
    return true;
  } catch (error) {
    return new Error(
      `the peers could not be installed (${message(error)}); run \`${PEERS_INSTALL}\` (it needs python3, make and g++ for sqlite3)`,
    );
  }
}

function allResolve(): boolean {
  const manifest = JSON.parse(readFileSync(join(PEERS_DIR, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  try {
    for (const name of Object.keys(manifest.dependencies)) fromPeers.resolve(name);
    // sqlite3's JavaScript resolves even when its native build never ran.
    fromPeers('sqlite3');
    return true;
  } catch {
    return false;
  }
}

/** The version of a peer as installed in bench/peers, e.g. for a row's notes. */
export function peerVersion(name: string): string {
  for (let dir = dirname(fromPeers.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === name) return manifest.version ?? '?';
  }
  return '?';
}

export const message = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Runs `work` with console.log muted: Emmett prints a failed transaction's error to stdout itself,
 * which would land in the results table.
 */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const log: unknown = Reflect.get(console, 'log');
  Reflect.set(console, 'log', () => undefined);
  try {
    return await work();
  } finally {
    Reflect.set(console, 'log', log);
  }
}
