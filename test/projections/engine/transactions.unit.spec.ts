import type { RecordedEvent } from '../../../src/event-store/event-store';
import { inTransactions } from '../../../src/projections/engine/transactions';

const page = (length: number) =>
  Array.from({ length }, (_, i) => ({ position: BigInt(i + 1) }) as RecordedEvent);
const positions = (runs: Iterable<readonly RecordedEvent[]>) =>
  [...runs].map((run) => run.map((event) => Number(event.position)));

describe('Cutting a page of the log into transactions', () => {
  it('keeps the page whole, as it is, when the store sets no bound', () => {
    const whole = page(5);
    const runs = [...inTransactions(whole, {})];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toBe(whole);
  });

  it('keeps the page whole when it is within the bound, up to the bound itself', () => {
    const whole = page(4);
    expect([...inTransactions(whole, { maxEventsPerTransaction: 10 })][0]).toBe(whole);
    expect([...inTransactions(whole, { maxEventsPerTransaction: 4 })][0]).toBe(whole);
  });

  it('cuts a longer page into runs of the bound, in order, the last one shorter', () => {
    expect(positions(inTransactions(page(7), { maxEventsPerTransaction: 3 }))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7],
    ]);
  });

  it('cuts a page of a multiple of the bound into full runs only', () => {
    expect(positions(inTransactions(page(6), { maxEventsPerTransaction: 2 }))).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });
});
