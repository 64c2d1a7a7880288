import { EnsuredCollections } from '../../src/read-store/mongodb/ensured-collections';

/** A create that notes which indexes it was run for. */
function creates(fail = false) {
  const runs: string[] = [];
  const create = (indexes: readonly (readonly string[])[]) => () => {
    runs.push(JSON.stringify(indexes));
    return fail && runs.length === 1 ? Promise.reject(new Error('busy')) : Promise.resolve();
  };
  return { runs, create };
}

describe('The MongoDB read store making a collection ready (issue 25, item 10)', () => {
  it('creates again when a later call names indexes the first did not', async () => {
    const ensured = new EnsuredCollections();
    const { runs, create } = creates();
    await ensured.ensure({ name: 'reports_g2', indexes: [] }, create([]));
    await ensured.ensure({ name: 'reports_g2', indexes: [['tenant']] }, create([['tenant']]));
    expect(runs).toEqual(['[]', '[["tenant"]]']);
  });

  it('runs the same spec once', async () => {
    const ensured = new EnsuredCollections();
    const { runs, create } = creates();
    const spec = { name: 'reports', indexes: [['tenant', 'createdAt']] };
    await Promise.all([
      ensured.ensure(spec, create(spec.indexes)),
      ensured.ensure(spec, create(spec.indexes)),
    ]);
    await ensured.ensure({ ...spec, indexes: [['tenant', 'createdAt']] }, create(spec.indexes));
    expect(runs).toHaveLength(1);
  });

  it('creates again after a drop or a failure', async () => {
    const ensured = new EnsuredCollections();
    const { runs, create } = creates(true);
    const spec = { name: 'reports', indexes: [] };
    await expect(ensured.ensure(spec, create([]))).rejects.toThrow('busy');
    await ensured.ensure(spec, create([]));
    ensured.forget('reports');
    await ensured.ensure(spec, create([]));
    expect(runs).toHaveLength(3);
  });
});
