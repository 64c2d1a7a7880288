import type { ThreadDocuments } from '../../read-store/read-store';
import type { LearnerProfileDoc } from './progress-report.projection';

/**
 * The names and e-mails a report shows, as of a cut-off, for a page of learners. A job for the
 * read store's thread (`ReadStore.onThread`), where the store has one: the profiles are read and
 * parsed there while the report's own thread reads the next page of rows. Only types are imported:
 * from the sources the thread runs this file as it is, its types stripped.
 */

/** An erased learner's rows say so instead of a name; a learner with no profile yet has none. */
export const ERASED = '[erased]';

export interface NamesAsked {
  readonly tenant: string;
  /** The learners' profile ids (`profileKey`), in the report's order: by learner. */
  readonly profileIds: readonly string[];
  /** 'YYYY-MM-DD': the cut-off. */
  readonly day: string;
}

/** Name then e-mail of each learner asked, in order: two strings per learner ('' for none). */
export type Names = readonly string[];

/**
 * `Names` as JSON text: one string crosses from a thread to another in less time than 2,000
 * (an as-of read of 100,000 learners: 195-277 ms against 263-384 ms on the same host).
 */
export type NamesText = string;

/**
 * The page's learners come in order, and so do the profiles' ids (tenant, then learner), so most
 * are found by walking the ids from the page's first learner to its last: in SQLite a third of
 * the cost of looking each up (100,000 profiles: 35 ms against 95 ms). The walk stops a quarter
 * past the page's size, so a training with few of the tenant's learners costs little more than
 * before; whoever it did not reach (other learners in between, ids that order otherwise in the
 * store) is looked up by id.
 */
export async function run(
  documents: ThreadDocuments<LearnerProfileDoc>,
  { tenant, profileIds, day }: NamesAsked,
): Promise<NamesText> {
  const found = new Map<string, LearnerProfileDoc>();
  const add = (docs: readonly LearnerProfileDoc[]) => {
    // Another tenant's id can sort between two of this tenant's.
    for (const doc of docs) if (doc.tenant === tenant) found.set(doc._id, doc);
  };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: one learner's walk is a lookup by id; either finds the same
  if (profileIds.length > 1)
    add(
      await documents.range(
        profileIds[0]!,
        profileIds.at(-1)!,
        // Stryker disable next-line ArithmeticOperator: how far the walk goes; those it misses are looked up by id
        profileIds.length + (profileIds.length >> 2),
      ),
    );
  const missing = profileIds.filter((id) => !found.has(id));
  if (missing.length > 0) add(await documents.getMany(missing));
  const names = new Array<string>(2 * profileIds.length);
  for (const [i, id] of profileIds.entries()) {
    const doc = found.get(id);
    const [name, email] = doc ? nameAsOf(doc, day) : NONE;
    names[2 * i] = name;
    names[2 * i + 1] = email;
  }
  return JSON.stringify(names);
}

const NONE = ['', ''] as const;

/** The learner's name and e-mail at the cut-off of `day`; every cut-off's, once erased, says so. */
export function nameAsOf(doc: LearnerProfileDoc, day: string): readonly [string, string] {
  if (doc.erasedAt) return [ERASED, ERASED];
  const version = doc.versions.findLast((v) => v.visibleFrom <= day);
  return [version?.name ?? '', version?.email ?? ''];
}
