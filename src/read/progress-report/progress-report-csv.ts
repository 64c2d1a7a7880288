import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { ProgressReportRow } from './progress-report-rows';

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
 * CRLF between records, as RFC 4180 writes them. With its own record delimiter set,
 * csv-stringify quotes only a cell that holds CRLF: `quote_record_delimiter` quotes a lone CR or
 * LF too, or a spreadsheet would start a new row inside a name. `escape_formulas` puts an
 * apostrophe before a text cell that starts with `=`, `+`, `-`, `@`, a tab, a CR or the
 * fullwidth `＝＋－＠` (SPEC §5, CSV injection), before quoting it. A number goes out as it is, as
 * it always did: the library leaves a `-` before a number alone, and ours are never negative.
 */
const CSV = {
  columns: PROGRESS_REPORT_HEADER,
  record_delimiter: 'windows',
  quote_record_delimiter: true,
  escape_formulas: true,
} as const;

/** A row's cells in the header's order: csv-stringify writes null as an empty cell. */
const cells = (row: ProgressReportRow) => [
  row.userId,
  row.name,
  row.email,
  row.enrolledAt,
  row.progress,
  row.status,
  row.completedAt,
  row.certificate,
  row.certificateVersion,
  row.certificateDownloadDate,
  row.certificateValidUntil,
  row.cycle,
];

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
