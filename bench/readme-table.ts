import type { Results } from './results';

export const TABLE_START = '<!-- bench:start -->';
export const TABLE_END = '<!-- bench:end -->';

/** The page the benchmark table is generated into, between the markers. */
export const TABLE_PAGE = 'docs/benchmarks.md';

/**
 * The benchmark table of docs/benchmarks.md, generated from bench/results.json. Prettier leaves
 * it as written, so the page always equals what this returns.
 */
export function benchmarkTable({ machine, rows }: Results): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const number = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 2 });
  return [
    `Latest run ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium ?? 'no Chromium'}.`,
    '',
    '<!-- prettier-ignore-start -->',
    '| name | value | baseline in the same run | ratio | target | | measured | run over a minute | notes |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) =>
      [
        '',
        row.name,
        `${number(row.value)} ${row.unit}`,
        number(row.baseline),
        number(row.ratio),
        cell(row.target),
        row.met ? 'met' : 'missed',
        row.date.slice(0, 10),
        overAMinute(row.benchmarkSeconds),
        cell(row.notes ?? ''),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '<!-- prettier-ignore-end -->',
  ].join('\n');
}

/**
 * How long the row's benchmark ran, when over a minute (someone choosing what to run wants to
 * know); blank when shorter, or when the row predates the timing.
 */
function overAMinute(seconds: number | undefined): string {
  if (seconds === undefined || seconds <= 60) return '';
  return seconds < 600 ? `${Math.round(seconds / 6) / 10} min` : `${Math.round(seconds / 60)} min`;
}

/** `page` with the text between the markers replaced by `table`. */
export function withTable(page: string, table: string): string {
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  if (start === -1 || end < start)
    throw new Error(`${TABLE_PAGE} has no ${TABLE_START} … ${TABLE_END} section`);
  return `${page.slice(0, start + TABLE_START.length)}\n\n${table}\n${page.slice(end)}`;
}
