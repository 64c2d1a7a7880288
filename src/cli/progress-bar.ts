import type { RebuildProgress } from '../projections/engine/rebuild';

const WIDTH = 30;

/** One line: bar, percentage of the log, events per second and time left. */
export function progressLine({ projection, applied, position, head, elapsedMs }: RebuildProgress) {
  const share = head > 0n ? Math.min(1, Number(position) / Number(head)) : 1;
  const filled = Math.round(share * WIDTH);
  const rate = elapsedMs > 0 ? (applied / elapsedMs) * 1000 : 0;
  const remaining = share > 0 ? (elapsedMs / share - elapsedMs) / 1000 : 0;
  const bar = `${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}`;
  const percent = `${(share * 100).toFixed(0).padStart(3)}%`;
  return `${projection.padEnd(17)} [${bar}] ${percent} ${applied.toLocaleString('en')} events · ${Math.round(rate).toLocaleString('en')} ev/s · ${Math.ceil(remaining)}s left`;
}
