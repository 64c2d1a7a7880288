import type { FileStore, StoredFile } from '../../file-store/file-store';
import { progressReportCsv } from '../../read/progress-report/progress-report-csv';
import { progressReportRows } from '../../read/progress-report/progress-report-rows';
import type { ReadModels } from '../../read/read-models';
import type { ReadStore } from '../../read-store/read-store';

/**
 * Streams a training's report as of `day` from the report read model through csv-stringify
 * into the file store under `key`; answers the stored file and its row count.
 */
export async function writeReportFile(
  parts: { store: ReadStore; reads: ReadModels; files: FileStore },
  tenant: string,
  trainingId: string,
  day: string,
  key: string,
): Promise<StoredFile & { rowCount: number }> {
  const rows = () => progressReportRows(parts.store, parts.reads, tenant, trainingId, day);
  let rowCount = 0;
  const stored = await parts.files.putIfAbsent(
    key,
    progressReportCsv(rows(), (count) => (rowCount = count)),
  );
  // A crash after the file was written: it stays, and its rows are counted again.
  if (rowCount === 0 && stored.size > 0) for await (const _row of rows()) rowCount++;
  return { ...stored, rowCount };
}
