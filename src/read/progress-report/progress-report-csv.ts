import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { ProgressReportRow } from './progress-report-rows';
import { spreadsheetSafe } from './spreadsheet-safe';

/** The header of SPEC §5, in this order. */
export const PROGRESS_REPORT_HEADER = [
  'User ID',
  'Name',
  'Email',
  'Enrollment date',
  'Progress (%)',
  'Status',
  'Completion date',
  'Certificate',
  'Certificate version',
  'Certificate download date',
  'Certificate valid until',
  'Cycle',
];

/**
 * CRLF between records, as RFC 4180 writes them. csv-stringify quotes a cell that holds the
 * record delimiter, but with `windows` that is only CRLF: a lone CR or LF in a name would go out
 * bare, and a spreadsheet would start a new row there. `quoted_match` quotes every such cell.
 */
const CSV = {
  columns: PROGRESS_REPORT_HEADER,
  record_delimiter: 'windows',
  quoted_match: /[\r\n]/,
} as const;

const cells = (row: ProgressReportRow) =>
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
  ].map((cell) =>
    // Stryker disable next-line ConditionalExpression: the cells not text are numbers, never a formula
    typeof cell === 'string' ? spreadsheetSafe(cell) : cell,
  );

/**
 * The rows as RFC 4180 CSV in UTF-8 with a byte-order mark, streamed: each page of rows is
 * written as it comes, and `counted` reports how many rows there were once the stream ends.
 */
export function progressReportCsv(
  pages: AsyncIterable<readonly ProgressReportRow[]>,
  counted?: (count: number) => void,
): Readable {
  return Readable.from(
    (async function* () {
      let count = 0;
      // The byte-order mark and the header once: before the first row, or alone.
      for await (const page of pages) {
        if (page.length === 0) continue;
        yield stringify(page.map(cells), { ...CSV, bom: count === 0, header: count === 0 });
        count += page.length;
      }
      if (count === 0) yield stringify([], { ...CSV, bom: true, header: true });
      counted?.(count);
    })(),
  );
}
