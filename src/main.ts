import { ConfigError, loadConfig } from './config/config';
import { checkConfiguredStores } from './check-configured-stores';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  await checkConfiguredStores(config);
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error;
  process.stderr.write(`The certificates service could not start: ${String(message)}\n`);
  if (!(error instanceof ConfigError) && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
