import { ALL_PROJECTIONS } from '../../src/read/all-projections';
import { rebuildProjection } from '../../src/projections/engine/rebuild';
import { ProjectionsService } from '../../src/projections/projections.service';
import { READ_STORE, type ReadStore } from '../../src/read-store/read-store';
import { seededRandom } from '../support/random-history';
import { snapshotReadModels } from '../support/read-model-snapshot';
import { Scenario } from '../support/scenario';
import { type Answer, TestApp, token } from '../support/test-app';

const LEARNERS = 12;

describe('Hundreds of concurrent conflicting commands on the same aggregates', () => {
  it('[R-rebuild-equals-live] end in a state that is a serial order of the accepted commands, with read models equal to a rebuild', async () => {
    // Given: one training, a template with five versions, learners who completed it
    const app = await TestApp.start({ REACTORS: 'off' });
    try {
      const given = await Scenario.of(app);
      await given.enableFeature();
      await given.createTraining('contested');
      const templateId = await given.createAuthorTemplate('Contested');
      for (let v = 2; v <= 5; v++)
        await given.publishVersion(templateId, `<p>v${v} {{learner.name}}</p>`);
      await given.assign('contested', templateId, 1);
      for (let i = 0; i < LEARNERS; i++) await given.complete('contested', `l${i}`);
      const admins = [
        await token('acme', 'admin', { sub: 'admin-a' }),
        await token('acme', 'admin', { sub: 'admin-b' }),
      ];

      // When: 300 commands race: generate, delete, generate again, and two admins reassigning
      const random = seededRandom(2026);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
      const commands: (() => Promise<Answer>)[] = Array.from({ length: 300 }, () => {
        const learner = `l${Math.floor(random() * LEARNERS)}`;
        const roll = random();
        if (roll < 0.35) return () => given.generate('contested', learner);
        if (roll < 0.55)
          return () =>
            app.request('DELETE', `/api/v1/trainings/contested/learners/${learner}/certificate`, {
              token: pick(admins),
            });
        if (roll < 0.7)
          return () =>
            app.request('POST', `/api/v1/trainings/contested/learners/${learner}/certificate`, {
              token: pick(admins),
            });
        const version = 1 + Math.floor(random() * 5);
        return () =>
          app.request('PUT', '/api/v1/trainings/contested/certificate', {
            token: pick(admins),
            body: { templateId, version },
          });
      });
      const answers = await Promise.all(commands.map((command) => command()));

      // Then: every answer is one the contract allows, never a 5xx or a conflict left to the client
      const statuses = new Set(answers.map((a) => a.status));
      for (const status of statuses) expect([200, 202, 404]).toContain(status);
      for (const answer of answers.filter((a) => a.status === 404))
        expect(answer.body.code).toBe('not-found');

      const log = await app.log();
      const assignments = log
        .filter((e) => e.type === 'CertificateAssigned')
        .filter((e) => e.stream === 'training-acme:contested');
      // ...each certificate's history is a valid sequence: never two live certificates at once
      for (let i = 0; i < LEARNERS; i++) {
        let live = false;
        for (const event of log.filter((e) => e.stream === `certificate-acme:contested:l${i}`)) {
          if (event.type === 'CertificateGenerationRequested') {
            expect(live).toBe(false);
            live = true;
            // ...with a version that had been assigned before the request was recorded
            expect(
              assignments.some(
                (a) => a.position < event.position && a.data.version === event.data.version,
              ),
            ).toBe(true);
          }
          if (event.type === 'CertificateDeleted') {
            expect(live).toBe(true);
            live = false;
          }
        }
      }
      // ...the training's assignment is the last one accepted
      const training = await app.request('GET', '/api/v1/trainings/contested', {
        token: given.admin,
        headers: { 'x-consistent-with': String(await app.head()) },
      });
      expect(training.body.certificate).toMatchObject({
        templateId,
        version: assignments.at(-1)!.data.version,
      });

      // ...and every read model equals a rebuild from the log
      const head = await app.head();
      const projections = app.app.get(ProjectionsService);
      expect(
        await projections.waitFor(
          ALL_PROJECTIONS.map((p) => p.name),
          head,
          { timeoutMs: 30_000 },
        ),
      ).toBe(true);
      const store = app.app.get<ReadStore>(READ_STORE);
      const live = await snapshotReadModels(store);
      for (const projection of ALL_PROJECTIONS)
        await rebuildProjection(app.store, store, projection);
      expect(await snapshotReadModels(store)).toEqual(live);
    } finally {
      await app.close();
    }
  }, 120_000);
});
