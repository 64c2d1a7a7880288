import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type LearnerProfileDoc,
  profileKey,
  progressReportProjection,
  REPORT_PROFILES,
} from '../../src/read/progress-report/progress-report.projection';
import { ReadModels } from '../../src/read/read-models';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { ROOT } from '../support/built-service';
import { learnerStream, person, profileRecorded, protectedLog } from './support/protected-log';

describe('npm run projections -- rebuild, on a log with sealed profiles', () => {
  it('reads them through the decryption: names while the key exists, erased once it is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebuild-sealed-'));
    try {
      const [zoe, ana] = [person(), person()];
      const log = protectedLog(dir);
      await log.store.append(learnerStream(zoe), [profileRecorded(zoe)], 'no-stream');
      await log.store.append(learnerStream(ana), [profileRecorded(ana)], 'no-stream');
      await log.keys.destroy(ana, '2026-03-01T10:00:00.000Z');
      await log.close();

      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'dist/cli/projections.js'), 'rebuild', progressReportProjection.name],
        {
          env: { PATH: process.env.PATH, DATA_DIR: dir, EVENT_STORE: 'sqlite' },
          encoding: 'utf8',
        },
      );

      expect(run.status).toBe(0);
      const store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
      try {
        const profile = (learnerId: string) =>
          new ReadModels(store).get<LearnerProfileDoc>(
            progressReportProjection.name,
            REPORT_PROFILES,
            profileKey('acme', learnerId),
          );
        expect((await profile(zoe.learnerId))?.versions).toEqual([
          expect.objectContaining({ name: zoe.name, email: zoe.email }),
        ]);
        expect(JSON.stringify(await profile(ana.learnerId))).not.toContain(ana.email);
        expect((await profile(ana.learnerId))?.versions).toEqual([
          expect.objectContaining({ name: null, email: null }),
        ]);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
