import '../runtime/require-node-24';
import { loadConfig } from '../config/config';
import { createPrivateFilesOnly } from '../config/private-data-dir';
import { openEventStore } from '../event-store/open-event-store';
import { OpenedEventLog } from '../personal-data/opened-event-log';
import { openPersonalDataKeys } from '../personal-data/open-personal-data-keys';
import { LogProcessor } from '../processing/log-processor';
import { ALL_PROJECTIONS, projectionNamed } from '../read/all-projections';
import { activeGeneration, readCheckpoint } from '../projections/engine/generations';
import { Projector } from '../projections/engine/projector';
import { rebuildProjections } from '../projections/engine/rebuild';
import { openReadStore } from '../read-store/open-read-store';
import { progressLine } from './progress-bar';

const usage = `Usage:
  npm run projections -- rebuild <name|all>   rebuild read models from the log (blue/green)
  npm run projections -- run                  keep every projection up to date, without HTTP
  npm run projections -- status               checkpoints and lag
Projections: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`;

async function main(): Promise<void> {
  createPrivateFilesOnly();
  const [command, target] = process.argv.slice(2);
  const config = loadConfig();
  const adapter = await openEventStore(config);
  const keys = await openPersonalDataKeys(config);
  const events = new OpenedEventLog(adapter, keys, ({ eventId, stream }) =>
    warn({ eventId, stream }, "a sealed learner profile does not open under its learner's key"),
  );
  const store = await openReadStore(config);
  try {
    if (command === 'rebuild') await rebuild(target);
    else if (command === 'run') await run();
    else if (command === 'status') await status();
    else {
      process.stderr.write(`${usage}\n`);
      process.exitCode = 2;
    }
  } finally {
    await store.close();
    await adapter.close();
    await keys.close();
  }

  async function rebuild(name: string | undefined): Promise<void> {
    const chosen = name === 'all' ? ALL_PROJECTIONS : [name && projectionNamed(name)];
    if (!name || chosen.some((p) => !p)) {
      process.stderr.write(`${usage}\n`);
      process.exitCode = 2;
      return;
    }
    const tty = process.stderr.isTTY;
    let lastLine = 0;
    const projections = ALL_PROJECTIONS.filter((p) => chosen.includes(p));
    const results = await rebuildProjections(events, store, projections, (progress) => {
      if (tty) process.stderr.write(`\r${progressLine(progress)}`);
      else if (Date.now() - lastLine > 1000) {
        lastLine = Date.now();
        process.stderr.write(`${progressLine(progress)}\n`);
      }
    });
    const { events: count, elapsedMs } = results.at(-1)!;
    const rate = elapsedMs > 0 ? Math.round((count / elapsedMs) * 1000) : 0;
    process.stderr.write(
      `${tty ? '\n' : ''}Rebuilt ${results.map((r) => `${r.projection} (generation ${r.generation})`).join(', ')}: ${count.toLocaleString('en')} events in ${(elapsedMs / 1000).toFixed(1)}s (${rate.toLocaleString('en')} ev/s)\n`,
    );
  }

  async function run(): Promise<void> {
    const processor = new LogProcessor(events, new Projector(store, ALL_PROJECTIONS), { warn });
    processor.start();
    await new Promise<void>((resolve) => {
      process.once('SIGTERM', resolve);
      process.once('SIGINT', resolve);
    });
    await processor.stop();
  }

  async function status(): Promise<void> {
    const head = (await events.headPosition()) ?? 0n;
    for (const projection of ALL_PROJECTIONS) {
      const generation = await activeGeneration(store, projection.name);
      const checkpoint =
        generation === null ? undefined : await readCheckpoint(store, projection.name, generation);
      const lag = head - (checkpoint ?? 0n);
      process.stdout.write(
        `${projection.name.padEnd(17)} generation ${generation ?? '-'}  checkpoint ${checkpoint ?? '-'}  lag ${lag}\n`,
      );
    }
  }
}

function warn(details: object, message: string): void {
  process.stderr.write(`${JSON.stringify({ level: 'warn', message, ...details })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
