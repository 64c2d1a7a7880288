import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import {
  PROGRESS_REPORT_HEADER,
  progressReportCsv,
} from '../../../src/read/progress-report/progress-report-csv';
import type { ProgressReportRow } from '../../../src/read/progress-report/progress-report-rows';

/**
 * The CSV as it was written before the export was made faster (issue 23), kept here as the
 * oracle: every text cell guarded by a regular expression, a lone CR or LF quoted through
 * `quoted_match`, empty cells as '', one csv-stringify call per page.
 */
function referenceCsv(pages: readonly (readonly ProgressReportRow[])[]): Buffer {
  const formula = /^[=+\-@\t\r＝＋－＠]/;
  const guard = (cell: string | number) =>
    typeof cell === 'string' && formula.test(cell) ? `'${cell}` : cell;
  const options = {
    columns: PROGRESS_REPORT_HEADER,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  } as const;
  const chunks: string[] = [];
  let count = 0;
  for (const page of pages) {
    if (page.length === 0) continue;
    const records = page.map((row) =>
      [
        row.userId,
        row.name,
        row.email,
        row.enrolledAt ?? '',
        row.progress,
        row.status,
        row.completedAt ?? '',
        row.certificate ?? '',
        row.certificateVersion ?? '',
        row.certificateDownloadDate ?? '',
        row.certificateValidUntil ?? '',
        row.cycle,
      ].map(guard),
    );
    chunks.push(stringify(records, { ...options, bom: count === 0, header: count === 0 }));
    count += page.length;
  }
  if (count === 0) chunks.push(stringify([], { ...options, bom: true, header: true }));
  return Buffer.from(chunks.join(''));
}

async function written(pages: readonly (readonly ProgressReportRow[])[]) {
  let counted: number | undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of progressReportCsv(Readable.from(pages), (n) => (counted = n)))
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return { bytes: Buffer.concat(chunks), counted };
}

/** Text made mostly of what CSV and spreadsheets treat specially, at the start or anywhere. */
const awkward = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(',', '"', '\r', '\n', '\r\n', "'", ' ', ';') },
    {
      weight: 3,
      arbitrary: fc.constantFrom('=', '+', '-', '@', '\t', '＝', '＋', '－', '＠', '\u2028'),
    },
    { weight: 2, arbitrary: fc.constantFrom('a', 'Ñ', 'ë', '中', '😀', '\u0000', '\ufeff') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 12,
});
const timestamp = fc.option(
  fc.oneof(
    fc
      .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString()),
    awkward,
  ),
);

const row: fc.Arbitrary<ProgressReportRow> = fc.record({
  userId: awkward,
  name: awkward,
  email: awkward,
  enrolledAt: timestamp,
  progress: fc.integer({ min: 0, max: 100 }),
  status: fc.constantFrom('not-started', 'in-progress', 'completed'),
  completedAt: timestamp,
  certificate: fc.option(awkward),
  certificateVersion: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
  certificateDownloadDate: timestamp,
  certificateValidUntil: timestamp,
  cycle: fc.integer({ min: 1, max: 1000 }),
});

describe('The progress report CSV, byte for byte', () => {
  it('writes the same bytes as the CSV written before, for awkward text over any pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(row, { maxLength: 6 }), { maxLength: 4 }),
        async (pages) => {
          const { bytes, counted } = await written(pages);

          expect(bytes.equals(referenceCsv(pages))).toBe(true);
          expect(counted).toBe(pages.flat().length);
        },
      ),
      { numRuns: 400 },
    );
  });
});
