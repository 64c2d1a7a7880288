import type { AddressInfo } from 'node:net';
import { ofType } from '../../src/event-store/event-store';
import { Scenario } from '../support/scenario';
import { TestApp, WRITE_SIDE_ONLY } from '../support/test-app';
import { documentedFetch as fetch } from '../support/documented-fetch';

const LEARNERS = 30;
const PERCENTS = [15, 30, 45, 60, 75];

describe('Concurrent commands, group-committed, followed by a live projection', () => {
  let app: TestApp;
  let given: Scenario;

  beforeAll(async () => {
    app = await TestApp.start(WRITE_SIDE_ONLY);
    given = await Scenario.of(app);
    await app.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  it('ends with every learner’s progress in the read model equal to the last one in the log', async () => {
    // Given: a training, and a URL to send progress to over real HTTP
    await given.enableFeature();
    await given.createTraining('busy');
    const { port } = app.app.getHttpServer().address() as AddressInfo;
    const learners = Array.from({ length: LEARNERS }, (_, i) => `l${i}`);

    // When: five progress reports per learner all race, 150 commands at once
    const answers = await Promise.all(
      learners.flatMap((learner) =>
        PERCENTS.map(async (percent) => {
          const response = await fetch(
            `http://127.0.0.1:${port}/api/v1/trainings/busy/learners/${learner}/progress`,
            {
              method: 'POST',
              headers: {
                authorization: `Bearer ${given.admin}`,
                'content-type': 'application/json',
              },
              body: JSON.stringify({ percent }),
            },
          );
          return { status: response.status, body: (await response.json()) as { position: string } };
        }),
      ),
    );

    // Then: every command was accepted...
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    // ...and once the read model has caught up with the last of them, it agrees with the log
    const last = answers.map((a) => BigInt(a.body.position)).reduce((x, y) => (x > y ? x : y));
    const log = await app.log();
    for (const learner of learners) {
      const recorded = log
        .filter(ofType('LearningProgressRecorded'))
        .filter((e) => e.stream === `enrollment-acme:busy:${learner}`);
      expect(recorded.length).toBeGreaterThan(0);
      const records = await app.request('GET', '/api/v1/me/learning-records', {
        token: await given.learner(learner),
        headers: { 'x-consistent-with': String(last) },
      });
      expect(records.status).toBe(200);
      expect(records.body).toEqual([
        expect.objectContaining({ trainingId: 'busy', progress: recorded.at(-1)?.data.percent }),
      ]);
    }
  });
});
