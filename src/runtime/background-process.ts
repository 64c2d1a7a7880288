import './require-node-24';
import type { Config } from '../config/config';
import { READY, serveBackground, type ToBackground } from './serve-background';

// The entry of BACKGROUND=process: a child that `npm start` forks. Its configuration arrives as
// the first message (never in argv, where `ps` would show the secrets in it).
process.once('message', (config: Config) => {
  const handle = serveBackground(
    config,
    // A supervisor gone before this is ready cannot be told (the send fails with EPIPE, which
    // without a callback crashed the process with a stack trace): the 'disconnect' below stops it.
    () => {
      if (process.connected) process.send?.(READY, () => undefined);
    },
    (code) => process.exit(code),
  );
  process.on('message', (message: ToBackground) => handle(message));
  // The supervisor is gone (even killed): finish what is in flight and go too.
  process.once('disconnect', () => handle('stop'));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => handle('stop'));
});
