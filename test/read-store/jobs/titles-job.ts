import type { Doc, ThreadDocuments } from '../../../src/read-store/read-store';

/**
 * A read job for the read store's thread (the tests of `onThread`): the titles of the documents
 * from `from` to `to` and of `ids`, or the failure it is asked for. Only types are imported: the
 * thread runs this file as it is, its types stripped.
 */
export async function run(
  documents: ThreadDocuments<Doc & { title: string }>,
  input: { from: string; to: string; limit: number; ids: string[]; fail?: string; odd?: true },
): Promise<{ range: string[]; many: string[] } | { odd: () => void }> {
  if (input.fail) throw new Error(input.fail);
  // A function cannot be cloned into another thread.
  if (input.odd) return { odd: () => undefined };
  const range = await documents.range(input.from, input.to, input.limit);
  const many = await documents.getMany(input.ids);
  return { range: range.map((d) => d.title), many: many.map((d) => d.title).sort() };
}
