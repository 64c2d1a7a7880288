import { backoffDelay, CONFLICT, RESTART } from '../../src/core/backoff';

describe('The backoff between retries', () => {
  afterEach(() => jest.restoreAllMocks());

  it('doubles from the first delay and never waits longer than the most', () => {
    const delays = [1, 2, 3, 4, 8, 9, 10, 20].map((failures) => backoffDelay(failures, RESTART));
    expect(delays).toEqual([200, 400, 800, 1_600, 25_600, 30_000, 30_000, 30_000]);
  });

  it('waits a random share of that delay when jittered, so racing processes spread out', () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5);
    expect([1, 2, 3, 7, 8, 9].map((failures) => backoffDelay(failures, CONFLICT))).toEqual([
      5, 10, 20, 320, 500, 500,
    ]);
  });
});
