import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchmarkTable, TABLE_PAGE, TABLE_START, withTable } from '../../bench/readme-table';
import { mergeResults, readResults } from '../../bench/results';

const ROOT = join(__dirname, '../..');

describe('the benchmark table of docs/benchmarks.md', () => {
  it('is exactly the one bench/results.json generates', () => {
    const page = readFileSync(join(ROOT, TABLE_PAGE), 'utf8');
    const results = readResults(join(ROOT, 'bench/results.json'));
    expect(results).toBeDefined();
    expect(page).toBe(withTable(page, benchmarkTable(results!)));
  });

  it('is the only copy: the README has none', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).not.toContain(TABLE_START);
  });
});

describe('merging a partial run into the results', () => {
  const machine = { cpu: 'cpu', cores: 2, memoryGiB: 4, node: 'v24', chromium: null };
  const row = (name: string, value: number) => ({
    name,
    value,
    unit: '/s',
    baseline: 1,
    ratio: value,
    target: 'ratio >= 1',
    met: value >= 1,
  });
  const previous = mergeResults(
    undefined,
    [
      { benchmark: 'report', rows: [row('report', 1), row('as-of', 2)] },
      { benchmark: 'append-peer', rows: [row('append-peer', 3)] },
      { benchmark: 'rebuild', rows: [row('rebuild', 4)] },
    ],
    machine,
    '2026-01-01T00:00:00.000Z',
    ['report', 'append-peer', 'rebuild'],
  );

  it("replaces only the rows of the benchmarks that ran, keeping a skipped one's last rows", () => {
    const merged = mergeResults(
      previous,
      [
        { benchmark: 'rebuild', rows: [row('rebuild', 5)] },
        { benchmark: 'append-peer', rows: [] },
      ],
      machine,
      '2026-02-01T00:00:00.000Z',
      ['report', 'append-peer', 'rebuild'],
    );
    expect(merged.rows.map((r) => [r.name, r.value, r.date.slice(0, 7)])).toEqual([
      ['report', 1, '2026-01'],
      ['as-of', 2, '2026-01'],
      ['append-peer', 3, '2026-01'],
      ['rebuild', 5, '2026-02'],
    ]);
    expect(merged.machine.date).toBe('2026-02-01T00:00:00.000Z');
  });

  it('keeps how long each benchmark ran, and the table says so for those over a minute', () => {
    const merged = mergeResults(
      previous,
      [
        { benchmark: 'rebuild', rows: [row('rebuild', 5)], seconds: 125.4 },
        { benchmark: 'report', rows: [row('report', 1), row('as-of', 2)], seconds: 59 },
      ],
      machine,
      '2026-02-01T00:00:00.000Z',
      ['report', 'append-peer', 'rebuild'],
    );
    expect(merged.rows.map((r) => [r.name, r.benchmarkSeconds])).toEqual([
      ['report', 59],
      ['as-of', 59],
      ['append-peer', undefined],
      ['rebuild', 125],
    ]);
    const cells = benchmarkTable(merged)
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| name'))
      .map((line) => line.split(' | ')[7]);
    expect(cells).toEqual(['', '', '', '2.1 min']);
  });
});
