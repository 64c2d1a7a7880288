/**
 * What to do with an upload's chunks once the upload failed. GridFS writes the chunks first and
 * the files document last, and an error can be ambiguous (a write-concern error, a network error
 * on a write that landed, a retry meeting its own first attempt as a duplicate key): the files
 * document may exist all the same. Chunks may only go when it surely does not, or a stored file
 * would lose its content for good.
 *
 * `ownFilesDocument`: whether the upload's own files document (by its `_id`) is stored, or
 * undefined when that could not be found out.
 */
export type UploadErrorAction =
  /** The upload landed after all: answer the file. */
  | 'answer-own-file'
  /** Nothing refers to the chunks: delete them, then report the error (or the other file). */
  | 'delete-chunks'
  /** Unknown: orphan chunks are harmless, a files document without chunks is not. */
  | 'keep-chunks';

export function uploadErrorAction(ownFilesDocument: boolean | undefined): UploadErrorAction {
  if (ownFilesDocument === undefined) return 'keep-chunks';
  return ownFilesDocument ? 'answer-own-file' : 'delete-chunks';
}
