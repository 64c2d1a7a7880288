import { ALL_PROJECTIONS } from '../../src/read/all-projections';
import { activeGeneration } from '../../src/projections/engine/generations';
import { rebuildProjection } from '../../src/projections/engine/rebuild';
import { ProjectionsService } from '../../src/projections/projections.service';
import { READ_STORE, type ReadStore } from '../../src/read-store/read-store';
import { sendRandomHistory } from '../support/random-history';
import { settleGeneration } from '../support/settle-generation';
import { WriteModel } from '../../src/write/command-handling/write-model';
import { snapshotReadModels } from '../support/read-model-snapshot';
import { TestApp, token } from '../support/test-app';

describe('Rebuilding read models from the log', () => {
  let app: TestApp;
  let store: ReadStore;
  beforeAll(async () => {
    // Rendering thousands of certificates would only slow this test of the read models down.
    app = await TestApp.start({ REACTORS: 'off', TEST_CLOCK: '1' });
    store = app.app.get<ReadStore>(READ_STORE);
  });
  afterAll(() => app.close());

  it('[R-rebuild-equals-live] gives exactly the live read models after a randomised history of 10,000 commands over four days', async () => {
    // Given: a live service that went through a long random history, across three midnights
    const write = app.app.get(WriteModel);
    const history = await sendRandomHistory(app, {
      seed: 20261122,
      commands: 10_000,
      midnights: 3,
      settle: (tenant, target) => settleGeneration(write, tenant, target),
    });
    expect(history.sent).toBeGreaterThanOrEqual(10_000);
    expect(history.statuses[202]).toBeGreaterThan(100);
    expect(history.statuses[409]).toBeGreaterThan(100);
    const head = await app.head();
    const projections = app.app.get(ProjectionsService);
    expect(
      await projections.waitFor(
        ALL_PROJECTIONS.map((p) => p.name),
        head,
        { timeoutMs: 60_000 },
      ),
    ).toBe(true);
    const live = await snapshotReadModels(store);
    expect(live['learnerTrainings/learnerTrainings']!.length).toBeGreaterThan(300);
    // The report keeps a version of a row per cut-off: several cut-offs' versions are compared.
    const versions = new Set(live['progressReport/reportRows']!.map((row) => row.visibleFrom));
    expect(versions.size).toBeGreaterThanOrEqual(3);
    const { projections: status } = await projections.status();
    expect(status.map((p) => p.checkpoint)).toEqual(ALL_PROJECTIONS.map(() => head.toString()));
    expect(live['publicCertificates/publicCertificates']!.length).toBeGreaterThan(100);
    expect(live['publicCertificates/publicCertificateFacts']!.length).toBeGreaterThan(100);
    // Some learners were erased: their profiles are rebuilt from keys that no longer exist.
    const erased = live['progressReport/reportProfiles']!.filter((doc) => doc.erasedAt);
    expect(erased.length).toBeGreaterThan(0);
    // Certificates were generated, revoked and renewed: later cycles are among the records.
    const records = live['learnerTrainings/learnerTrainings']!;
    expect(records.filter((doc) => Number(doc.cycle) > 1).length).toBeGreaterThan(5);
    const lineage = live['publicCertificates/publicCertificates']!.filter((doc) => doc.renewedBy);
    expect(lineage.length).toBeGreaterThan(0);
    expect(history.statuses[200]).toBeGreaterThan(100);

    // When: every read model is rebuilt from the log into a fresh generation
    const before = await activeGeneration(store, 'trainings');
    for (const projection of ALL_PROJECTIONS) await rebuildProjection(app.store, store, projection);

    // Then: the rebuilt generation is active and deep-equals the live one
    expect(await activeGeneration(store, 'trainings')).toBe(before! + 1);
    expect(await snapshotReadModels(store)).toEqual(live);
  }, 240_000);

  it('keeps answering queries from the old generation while a rebuild runs, then switches', async () => {
    const bearer = await token('tenant0', 'admin');
    const answers: number[] = [];
    const rebuilding = rebuildProjection(
      app.store,
      store,
      ALL_PROJECTIONS.find((p) => p.name === 'trainings')!,
    );
    for (let i = 0; i < 5; i++)
      answers.push((await app.request('GET', '/api/v1/trainings/t0', { token: bearer })).status);
    await rebuilding;
    answers.push((await app.request('GET', '/api/v1/trainings/t0', { token: bearer })).status);
    expect(answers.every((status) => status === 200)).toBe(true);
  });
});
