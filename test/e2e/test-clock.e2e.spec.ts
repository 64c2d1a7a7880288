import { expectProblem, Scenario } from '../support/scenario';
import { TestApp, token } from '../support/test-app';

describe('The test clock', () => {
  it('is not there unless the service starts with TEST_CLOCK=1', async () => {
    const app = await TestApp.start();
    try {
      const operator = await token('platform', 'operator');
      expect((await app.request('GET', '/api/v1/test-clock', { token: operator })).status).toBe(
        404,
      );
      const put = await app.request('PUT', '/api/v1/test-clock', {
        token: operator,
        body: { now: '2100-01-01T00:00:00Z' },
      });
      expect(put.status).toBe(404);
    } finally {
      await app.close();
    }
  });

  describe('with TEST_CLOCK=1', () => {
    let app: TestApp;
    let given: Scenario;
    beforeAll(async () => {
      app = await TestApp.start({ TEST_CLOCK: '1' });
      given = await Scenario.of(app);
    });
    afterAll(() => app.close());

    it('is for operators only', async () => {
      const admin = await token('acme', 'admin');
      expectProblem(
        await app.request('GET', '/api/v1/test-clock', { token: admin }),
        403,
        'forbidden',
      );
    });

    it('starts at real time, moves forward, refuses to move back', async () => {
      const before = Date.now();
      const now = await app.request('GET', '/api/v1/test-clock', { token: given.operator });
      expect(Date.parse(now.body.now)).toBeGreaterThanOrEqual(before - 1000);
      const head = await app.head();
      const back = await app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: '2001-01-01T00:00:00Z' },
      });
      expectProblem(back, 400, 'validation-failed');
      expect(await app.head()).toBe(head);
    });

    it('answers once the cut-offs that fell due are in the log, one per midnight, in order', async () => {
      await given.createTraining('day-1');
      const started = new Date((await app.log())[0]!.metadata.occurredAt);
      const threeDaysLater = new Date(
        Date.UTC(started.getUTCFullYear(), started.getUTCMonth(), started.getUTCDate() + 3, 10),
      );
      const moved = await app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: threeDaysLater.toISOString() },
      });
      expect(moved.status).toBe(200);
      expect(Date.parse(moved.body.now)).toBeGreaterThanOrEqual(threeDaysLater.getTime());
      expect(moved.body.position).toBe(String(await app.head()));

      const markers = (await app.log()).filter((e) => e.type === 'DailyCutoffPassed');
      expect(markers.map((m) => m.data.cutoff)).toEqual(
        [1, 2, 3].map((day) =>
          new Date(
            Date.UTC(started.getUTCFullYear(), started.getUTCMonth(), started.getUTCDate() + day),
          ).toISOString(),
        ),
      );
      expect(markers.every((m) => m.stream === 'cutoffs-_platform')).toBe(true);

      // Events recorded now carry the test clock's time and come after the markers.
      await given.createTraining('day-4');
      const last = (await app.log()).at(-1)!;
      expect(Date.parse(last.metadata.occurredAt)).toBeGreaterThanOrEqual(threeDaysLater.getTime());
      expect(last.position).toBeGreaterThan(markers.at(-1)!.position);

      const again = await app.request('PUT', '/api/v1/test-clock', {
        token: given.operator,
        body: { now: new Date(threeDaysLater.getTime() + 60_000).toISOString() },
      });
      expect(again.status).toBe(200);
      expect((await app.log()).filter((e) => e.type === 'DailyCutoffPassed')).toHaveLength(3);
    });
  });
});
