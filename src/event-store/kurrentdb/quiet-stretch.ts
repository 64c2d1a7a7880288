import type { Position } from '../event-store';

/**
 * A stretch of $all known to hold none of this log's events: positions after `from` (after the
 * beginning, when undefined) up to and including `through`.
 *
 * A filtered read of $all returns only matching events, so a reader that resumes after the last
 * one it got would have the server scan every foreign event since, again at every poll: with a
 * stream prefix on a shared server, an idle deployment rescans the others' whole traffic. So a
 * read that reaches the end of $all records what it has passed: $all's last position, taken
 * before that read began (every event up to it was already readable), and the next read starts
 * there instead.
 */
export class QuietStretch {
  private known: { readonly from: Position | undefined; readonly through: Position } | undefined;

  /** Where a filtered read that wants the events after `after` may start instead. */
  startAfter(after: Position | undefined): Position | undefined {
    const known = this.known;
    if (!known) return after;
    const inside = known.from === undefined || (after !== undefined && after >= known.from);
    if (!inside) return after;
    return after === undefined || known.through > after ? known.through : after;
  }

  /**
   * A read after `start` reached the end of $all with `last` its last matching event (none:
   * undefined); `head` was $all's last position before it began (null: $all was empty).
   */
  passed(start: Position | undefined, last: Position | undefined, head: Position | null): void {
    const from = last ?? start;
    if (head === null || (from !== undefined && head <= from)) return;
    const known = this.known;
    // Two stretches that meet make one; else the one reaching furthest is kept, as it serves
    // the readers at the tip, which poll the most.
    const meet = known !== undefined && before(from, known.through) && before(known.from, head);
    if (meet)
      this.known = {
        from: before(from, known.from) ? from : known.from,
        through: head > known.through ? head : known.through,
      };
    else if (!known || head > known.through) this.known = { from, through: head };
  }
}

/** a ≤ b, where undefined is the beginning of $all. */
const before = (a: Position | undefined, b: Position | undefined): boolean =>
  a === undefined || (b !== undefined && a <= b);
