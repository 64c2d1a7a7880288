import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { findChromium } from '../src/rendering/find-chromium';

/** What a benchmark run ran on, stored beside its rows in bench/results.json. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  /** `chromium --version` of the browser the service would use, or null when there is none. */
  readonly chromium: string | null;
}

export function thisMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(),
  };
}

function chromiumVersion(): string | null {
  try {
    const version = execFileSync(findChromium(), ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      // Debian's wrapper script complains on stderr about its own memory check.
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return version.trim();
  } catch {
    return null;
  }
}
