import './runtime/require-node-24';
import { ConfigError, loadConfig } from './config/config';
import { checkConfiguredStores } from './check-configured-stores';
import { createPrivateFilesOnly, preparePrivateDataDir } from './config/private-data-dir';
import { stopOnSignals } from './runtime/stop-on-signals';

const warn = (message: string) =>
  process.stderr.write(`${JSON.stringify({ level: 'warn', message })}\n`);

async function main(): Promise<void> {
  createPrivateFilesOnly();
  const config = loadConfig();
  preparePrivateDataDir(config.DATA_DIR, warn);
  await checkConfiguredStores(config);
  // Loaded only now: the framework, the renderer and every module take seconds to load on a busy
  // machine, and an unusable store should be reported without waiting for them.
  const { createService } = await import('./runtime/service.js');
  const { app, background } = await createService(config, warn);
  await app.listen({ port: config.PORT, host: config.HOST });
  // Printed on certificates, in QR codes and in did:web: worth a line at start-up.
  if (config.LOG_LEVEL !== 'silent')
    process.stderr.write(
      `${JSON.stringify({ level: 'info', message: `verification links, QR codes and did:web use PUBLIC_URL=${config.PUBLIC_URL}` })}\n`,
    );
  stopOnSignals(app, background);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error;
  process.stderr.write(`The certificates service could not start: ${String(message)}\n`);
  if (!(error instanceof ConfigError) && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
