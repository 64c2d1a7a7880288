import type { MongoClient } from 'mongodb';
import { connectMongo } from './connect-mongo';

/** A client for one store's use; `release` once the store is closed. */
export interface MongoClientLease {
  readonly client: MongoClient;
  release(): Promise<void>;
}

interface Shared {
  readonly client: Promise<MongoClient>;
  users: number;
}

/**
 * One MongoClient per connection string in a process, shared by the stores on it (read models,
 * GridFS files, personal-data keys): each client keeps its own pools and monitoring connections
 * to every member, so one client instead of three cuts the connections a service holds, and the
 * deployment is checked once at start-up. The last store to release a client closes it.
 */
export class SharedMongoClients {
  private readonly shared = new Map<string, Shared>();

  constructor(
    private readonly connect: (store: string, url: string) => Promise<MongoClient> = connectMongo,
  ) {}

  /** The client for `url`, connected and checked (the first time, as `store`). */
  async lease(store: string, url: string): Promise<MongoClientLease> {
    let entry = this.shared.get(url);
    if (!entry) {
      const connecting: Shared = { client: this.connect(store, url), users: 0 };
      // A failed connection is not kept: the next store tries again.
      connecting.client.catch(() => this.forget(url, connecting));
      this.shared.set(url, connecting);
      entry = connecting;
    }
    const held = entry;
    held.users++;
    let client: MongoClient;
    try {
      client = await held.client;
    } catch (error) {
      held.users--;
      throw error;
    }
    let released = false;
    return {
      client,
      release: async () => {
        if (released) return;
        released = true;
        held.users--;
        if (held.users > 0) return;
        this.forget(url, held);
        await client.close();
      },
    };
  }

  private forget(url: string, entry: Shared): void {
    if (this.shared.get(url) === entry) this.shared.delete(url);
  }
}

/** The process's clients. */
export const mongoClients = new SharedMongoClients();
