import { Inject, Injectable } from '@nestjs/common';
import { activeGeneration, physicalName } from '../projections/engine/generations';
import { READ_STORE, type Doc, type FindQuery, type ReadStore } from '../read-store/read-store';

/** Queries read the active generation of a projection's collections (see generations.ts). */
@Injectable()
export class ReadModels {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  private async collection(projection: string, collection: string): Promise<string | null> {
    const generation = await activeGeneration(this.store, projection);
    return generation === null ? null : physicalName(collection, generation);
  }

  async get<T extends Doc>(projection: string, collection: string, id: string) {
    const name = await this.collection(projection, collection);
    return name ? this.store.get<T>(name, id) : null;
  }

  async getMany<T extends Doc>(projection: string, collection: string, ids: readonly string[]) {
    const name = await this.collection(projection, collection);
    return name ? this.store.getMany<T>(name, ids) : [];
  }

  async find<T extends Doc>(projection: string, collection: string, query: FindQuery) {
    const name = await this.collection(projection, collection);
    return name ? this.store.find<T>(name, query) : [];
  }

  /** Like find, without a limit, one document at a time. */
  async *stream<T extends Doc>(
    projection: string,
    collection: string,
    query: Omit<FindQuery, 'limit'>,
  ): AsyncIterable<T> {
    const name = await this.collection(projection, collection);
    if (name) yield* this.store.stream<T>(name, query);
  }
}
