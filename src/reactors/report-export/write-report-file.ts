import type { FileStore, StoredFile } from '../../file-store/file-store';
import { progressReportCsv } from '../../read/progress-report/progress-report-csv';
import { progressReportPages } from '../../read/progress-report/progress-report-rows';
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
  const pages = () => progressReportPages(parts.store, parts.reads, tenant, trainingId, day);
  let rowCount = 0;
  const stored = await parts.files.putIfAbsent(
    key,
    progressReportCsv(pages(), (count) => (rowCount = count)),
  );
  // A crash after the file was written: it stays, and its rows are counted again.
  if (rowCount === 0 && stored.size > 0) for await (const page of pages()) rowCount += page.length;
  return { ...stored, rowCount };
}
