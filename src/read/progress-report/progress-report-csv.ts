import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
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
];

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
  ].map((cell) => (typeof cell === 'string' ? spreadsheetSafe(cell) : cell));

/**
 * The rows as RFC 4180 CSV in UTF-8 with a byte-order mark, streamed: each row is written as it
 * comes, and `counted` reports how many there were once the stream ends.
 */
export function progressReportCsv(
  rows: AsyncIterable<ProgressReportRow>,
  counted?: (count: number) => void,
): Readable {
  let count = 0;
  const arrays = Readable.from(
    (async function* () {
      for await (const row of rows) {
        count++;
        yield cells(row);
      }
      counted?.(count);
    })(),
  );
  return arrays.pipe(
    stringify({
      bom: true,
      header: true,
      columns: PROGRESS_REPORT_HEADER,
      record_delimiter: 'windows',
    }),
  );
}
