import { QuietStretch } from '../../src/event-store/kurrentdb/quiet-stretch';

describe("The stretch of $all that holds none of a prefixed log's events", () => {
  it('lets a reader at the tip start after the foreign events it has passed (issue 25, item 11)', () => {
    const quiet = new QuietStretch();
    // A read after 100 got its last own event at 150 and reached the end; $all was at 900.
    quiet.passed(100n, 150n, 900n);
    expect(quiet.startAfter(150n)).toBe(900n);
    expect(quiet.startAfter(400n)).toBe(900n);
    // A read that found nothing after 900, while $all reached 1500.
    quiet.passed(900n, undefined, 1500n);
    expect(quiet.startAfter(150n)).toBe(1500n);
  });

  it('never moves a reader that is behind the stretch, or past its own position', () => {
    const quiet = new QuietStretch();
    quiet.passed(100n, 150n, 900n);
    expect(quiet.startAfter(undefined)).toBeUndefined();
    expect(quiet.startAfter(120n)).toBe(120n);
    expect(quiet.startAfter(1000n)).toBe(1000n);
  });

  it('covers the whole log from its beginning when a read from the start found nothing', () => {
    const quiet = new QuietStretch();
    quiet.passed(undefined, undefined, 500n);
    expect(quiet.startAfter(undefined)).toBe(500n);
  });

  it('learns nothing from an empty $all or a head it had already passed', () => {
    const quiet = new QuietStretch();
    quiet.passed(undefined, undefined, null);
    quiet.passed(100n, 150n, 150n);
    expect(quiet.startAfter(150n)).toBe(150n);
    expect(quiet.startAfter(undefined)).toBeUndefined();
  });

  it('keeps the stretch that reaches further when two do not meet', () => {
    const quiet = new QuietStretch();
    quiet.passed(1000n, undefined, 2000n);
    quiet.passed(10n, undefined, 500n);
    expect(quiet.startAfter(1000n)).toBe(2000n);
    expect(quiet.startAfter(10n)).toBe(10n);
  });
});
