import './runtime/require-node-24';
import { ConfigError, loadConfig } from './config/config';
import { createApp } from './create-app';
import { stopOnSignals } from './runtime/stop-on-signals';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  stopOnSignals(app);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error;
  process.stderr.write(`The certificates service could not start: ${String(message)}\n`);
  if (!(error instanceof ConfigError) && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
