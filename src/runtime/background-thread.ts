import './require-node-24';
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/config';
import { READY, serveBackground } from './serve-background';

// The entry of BACKGROUND=worker: a thread of the service's process, given its configuration.
const port = parentPort!;
const handle = serveBackground(
  workerData as Config,
  () => port.postMessage(READY),
  (code) => process.exit(code),
);
port.on('message', handle);
port.once('close', () => handle('stop'));
