import '../runtime/require-node-24';
import { existsSync } from 'node:fs';
import { loadConfig } from '../config/config';
import { createPrivateFilesOnly } from '../config/private-data-dir';
import { EventSchemas } from '../event-store/event-schemas';
import { sqliteEventLog } from '../event-store/open-event-store';
import { sealProfilesInPlace } from '../event-store/sqlite/profiles-in-the-clear';
import { openPersonalDataKeys } from '../personal-data/open-personal-data-keys';
import { sealUnderLearnerKeys } from '../personal-data/seal-under-learner-keys';

const KURRENTDB_REFUSAL = `migrate:personal-data rewrites the embedded SQLite event log in place; it cannot run on KurrentDB.
Events in KurrentDB are immutable, so profiles appended before encryption (LearnerProfileRecorded v1) stay there in the clear.
The service reads them as they are, and as erased once their learner is erased. To remove the bytes of an erased learner,
set the truncate-before ($tb) metadata of the stream learner-<tenant>:<learnerId> to the revision of its
LearnerPersonalDataErased event and run a scavenge; to seal every profile, copy the log into a new KurrentDB (or stream prefix)
through the service, then switch to it. See docs/personal-data.md, "Personal data stored before encryption".`;

/**
 * `npm run migrate:personal-data`: seals, in place, the learner profiles an earlier version
 * appended in the clear. Safe to run again (it finds nothing the second time), and while the
 * service runs.
 */
async function main(): Promise<void> {
  createPrivateFilesOnly();
  const config = loadConfig();
  if (config.EVENT_STORE !== 'sqlite') {
    process.stderr.write(`${KURRENTDB_REFUSAL}\n`);
    process.exitCode = 2;
    return;
  }
  const file = sqliteEventLog(config);
  if (!existsSync(file)) {
    process.stdout.write(`No event log at ${file}: nothing to seal.\n`);
    return;
  }
  const keys = await openPersonalDataKeys(config);
  try {
    const sealer = sealUnderLearnerKeys(keys, EventSchemas.load());
    let lastLine = Date.now();
    const sealed = await sealProfilesInPlace(file, sealer.seal, (count) => {
      if (Date.now() - lastLine < 1000) return;
      lastLine = Date.now();
      process.stderr.write(`sealed ${count.toLocaleString('en')} profiles...\n`);
    });
    process.stdout.write(
      `Sealed ${sealed} learner profiles stored in the clear (${sealer.counts.erased} of erased learners, under a key that was thrown away); the log's WAL is checkpointed and truncated.\n`,
    );
  } finally {
    await keys.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
