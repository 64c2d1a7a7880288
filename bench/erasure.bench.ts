import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { signToken } from '../src/auth/sign-token';
import type { loadConfig } from '../src/config/config';
import { createApp } from '../src/create-app';
import { EVENT_LOG, type EventLog } from '../src/event-store/event-store';
import { openEventStore } from '../src/event-store/open-event-store';
import { FILE_STORE, type FileStore } from '../src/file-store/file-store';
import { openFileStore } from '../src/file-store/open-file-store';
import { openPersonalDataKeys } from '../src/personal-data/open-personal-data-keys';
import { type Reactor, reactorCheckpoint } from '../src/reactors/reactor';
import { REACTORS } from '../src/reactors/reactors.service';
import { writeReportFile } from '../src/reactors/report-export/write-report-file';
import { ReadModels } from '../src/read/read-models';
import { READ_STORE, type ReadStore } from '../src/read-store/read-store';
import { benchDir, removeDir, round } from './append-workload';
import { type Benchmark, timed } from './benchmark';
import { checkedAppender } from './appenders';
import { appendErasureHistory, learners, TENANT } from './erasure-history';
import { inProcessConfig, SECRET, until } from './in-process-service';

const PEOPLE = 5;

/**
 * Seconds from `DELETE /api/v1/learners/{id}` to the erasure reactor having finished, for a
 * learner with a certificate in each of many trainings and a done report per training listing
 * them (with 4 other learners): key destroyed, read models redacted, PDFs and credentials
 * deleted, every report written again without them, the read store's WAL truncated. The
 * service as deployed, in-process. Baseline: writing the same number of report files from the
 * same read model from scratch, the part of the work that cannot be avoided. Then every file
 * of DATA_DIR is scanned for the learner's name and e-mail.
 */
export const erasureBenchmark: Benchmark = {
  name: 'erasure',
  async run({ quick }) {
    const trainings = quick ? 100 : 1_000;
    const dataDir = benchDir('erasure');
    const config = inProcessConfig(dataDir);
    const people = learners(PEOPLE);
    const [erased, other] = [people[0]!, people[1]!];
    await seed(config, people, trainings);

    const app = await createApp(config);
    try {
      const events = app.get<EventLog>(EVENT_LOG);
      const store = app.get<ReadStore>(READ_STORE);
      const files = app.get<FileStore>(FILE_STORE);
      // Every reactor, not only the erasure's, up to the head as it is then: one still catching
      // up on the seeded history (the numbering reactor numbering its certificates, added after
      // the history's shape was written) and what reads its events would be timed along with
      // the erasure.
      const reactors = app
        .get<readonly Reactor[]>(REACTORS)
        .filter((reactor) => !reactor.unavailable)
        .map((reactor) => reactor.name);
      await until(async () => {
        const head = (await events.headPosition())!;
        const health = await app.inject({ method: 'GET', url: '/health' });
        const lags = (JSON.parse(health.body) as { projections: { lag: string }[] }).projections;
        if (lags.some((p) => p.lag !== '0')) return false;
        for (const reactor of reactors)
          if (((await reactorCheckpoint(store, reactor)) ?? 0n) < head) return false;
        return true;
      });
      const before = {
        erased: filesHolding(dataDir, erased.name).length,
        other: filesHolding(dataDir, other.name).length,
      };

      const token = await signToken(SECRET, { sub: 'admin', tenant: TENANT, roles: ['admin'] });
      const erasure = await timed(async () => {
        const response = await app.inject({
          method: 'DELETE',
          url: `/api/v1/learners/${erased.learnerId}`,
          headers: { authorization: `Bearer ${token}` },
          payload: { reason: 'benchmark' },
        });
        if (response.statusCode >= 300) throw new Error(`DELETE: ${response.body}`);
        const position = BigInt((JSON.parse(response.body) as { position: string }).position);
        await until(
          async () => ((await reactorCheckpoint(store, 'personal-data-erasure')) ?? 0n) >= position,
        );
      });

      const redacted = await events.readTenantLog({
        tenant: TENANT,
        type: 'ProgressReportRedacted',
        limit: trainings * 2,
      });
      if (redacted.length !== trainings)
        throw new Error(`${redacted.length} reports redacted, not ${trainings}`);
      const after = {
        erased: [
          ...new Set([
            ...filesHolding(dataDir, erased.name),
            ...filesHolding(dataDir, erased.email),
          ]),
        ],
        other: filesHolding(dataDir, other.name).length,
      };

      const parts = { store, reads: app.get(ReadModels), files };
      const baseline = await timed(async () => {
        for (let t = 0; t < trainings; t++)
          await writeReportFile(parts, TENANT, `training-${t}`, '2026-01-03', `baseline/${t}.csv`);
      });

      const ratio = erasure.seconds / baseline.seconds;
      return [
        {
          name: 'erasure',
          value: round(erasure.seconds),
          unit: 's',
          baseline: round(baseline.seconds),
          ratio: round(ratio),
          target: 'ratio <= 3',
          met: ratio <= 3,
          notes: `a learner with ${trainings.toLocaleString('en')} completed trainings, a certificate (PDF and credential, made-up bytes: no Chromium) and a done report of ${PEOPLE} learners in each; DELETE to the erasure reactor done: ${trainings.toLocaleString('en')} reports rewritten, ${trainings.toLocaleString('en')} PDFs and credentials deleted; baseline: writing ${trainings.toLocaleString('en')} report files from the same read model. Files of DATA_DIR holding the erased name or e-mail: ${before.erased} before, ${after.erased.length} after${after.erased.length > 0 ? ` (${after.erased.join(', ')})` : ''}; another learner's name still in ${after.other} (${before.other} before)`,
        },
      ];
    } finally {
      await app.close();
      removeDir(dataDir);
    }
  },
};

/** The history appended through the service's own stack and file store, then closed. */
async function seed(
  config: ReturnType<typeof loadConfig>,
  people: ReturnType<typeof learners>,
  trainings: number,
): Promise<void> {
  const adapter = await openEventStore(config);
  const keys = await openPersonalDataKeys(config);
  const files = await openFileStore(config);
  try {
    await appendErasureHistory(checkedAppender(adapter, keys), files, people, trainings);
  } finally {
    await files.close();
    await keys.close();
    await adapter.close();
  }
}

/** The files under `folder` whose bytes contain `text`. */
function filesHolding(folder: string, text: string): string[] {
  const bytes = Buffer.from(text);
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
    (name) =>
      statSync(join(folder, name)).isFile() && readFileSync(join(folder, name)).includes(bytes),
  );
}
