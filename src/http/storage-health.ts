import { statfs } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { CONFIG, type Config } from '../config/config';
import type { StoreName } from './storage-full';

/** Below this much free space in DATA_DIR's file system, `/health` says the disk is full. */
const LOW_SPACE_BYTES = 1024 * 1024;

export interface StorageState {
  readonly status: 'ok' | 'full';
  /** The store a write last failed in for want of space, or `data-dir` when only space is low. */
  readonly store?: StoreName;
  /** Free space of DATA_DIR's file system, where the embedded stores and the files live. */
  readonly freeBytes: number;
}

/**
 * Whether the service can write: a write refused for want of space marks its store full until a
 * command succeeds again; DATA_DIR's free space is looked at on every ask, so a service started
 * on a full disk says so before any command fails. One log line each way, not one per request.
 */
@Injectable()
export class StorageHealth {
  private readonly logger = new Logger('storage');
  private failedStore: StoreName | null = null;

  constructor(@Inject(CONFIG) private readonly config: Pick<Config, 'DATA_DIR'>) {}

  failed(store: StoreName): void {
    if (this.failedStore === null)
      this.logger.error({
        message: 'storage full: writes answer 503 storage-unavailable until space returns',
        store,
        dataDir: this.config.DATA_DIR,
      });
    this.failedStore = store;
  }

  succeeded(): void {
    if (this.failedStore === null) return;
    this.logger.warn({ message: 'storage writable again', store: this.failedStore });
    this.failedStore = null;
  }

  async state(): Promise<StorageState> {
    const { bavail, bsize } = await statfs(this.config.DATA_DIR);
    const freeBytes = Number(bavail) * Number(bsize);
    const store = this.failedStore ?? (freeBytes < LOW_SPACE_BYTES ? 'data-dir' : undefined);
    return store ? { status: 'full', store, freeBytes } : { status: 'ok', freeBytes };
  }
}

/** A command answered below 400 wrote to the log: the disk takes writes again. */
export function watchWrites(fastify: FastifyInstance, storage: StorageHealth): void {
  fastify.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400)
      storage.succeeded();
  });
}
