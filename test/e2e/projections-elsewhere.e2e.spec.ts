import { exited, startProjectionsWorker } from '../support/built-service';
import { Scenario } from '../support/scenario';
import { TestApp } from '../support/test-app';

describe('The service with its projections in another process (PROJECTIONS=off)', () => {
  it('still answers X-Consistent-With reads once that process has projected the position', async () => {
    // Given: the HTTP service without projections, and `npm run projections -- run` beside it
    const app = await TestApp.start({ PROJECTIONS: 'off' });
    const dataDir = app.config.DATA_DIR;
    const worker = startProjectionsWorker(dataDir);
    try {
      // When: a command, then a read that names its position
      const given = await Scenario.of(app);
      const created = await given.createTraining('elsewhere');
      const read = await app.request('GET', '/api/v1/trainings/elsewhere', {
        token: given.admin,
        headers: { 'x-consistent-with': created.body.position },
      });

      // Then: the read waited for the other process, not for a timeout
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ trainingId: 'elsewhere' });
      const health = await app.request('GET', '/health');
      expect(health.body.projections.every((p: { lag: string }) => p.lag === '0')).toBe(true);
    } finally {
      worker.kill('SIGTERM');
      await exited(worker);
      await app.close();
    }
  }, 60_000);
});
