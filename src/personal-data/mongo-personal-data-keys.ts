import { randomBytes } from 'node:crypto';
import { Binary, type Collection, type CollectionOptions, MongoServerError } from 'mongodb';
import { databaseName } from '../mongodb/mongo-url';
import { type MongoClientLease, mongoClients } from '../mongodb/shared-mongo-clients';
import {
  type LearnerKey,
  type LearnerRef,
  learnerKeyId,
  type PersonalDataKeys,
} from './personal-data-keys';

interface KeyDoc {
  _id: string;
  key: Binary | null;
  erasedAt: string | null;
}

const DUPLICATE_KEY = 11000;

/**
 * A key is acknowledged only once a majority of members have it in their journals, and read
 * only as a majority has it: what a fail-over rolls back was never handed out, so no profile is
 * sealed under a key that disappears, and no erasure is undone after it was reported done.
 */
export const KEY_CONCERNS = {
  writeConcern: { w: 'majority', j: true },
  readConcern: { level: 'majority' },
} as const satisfies CollectionOptions;

/**
 * The keys as a collection of the production MongoDB, named so no read model rebuild touches
 * it. Destroying a key overwrites the document in place (`$set key: null`); what the server's
 * journal and backups keep is the operator's retention policy to bound.
 */
export class MongoPersonalDataKeys implements PersonalDataKeys {
  private constructor(
    private readonly lease: MongoClientLease,
    private readonly keys: Collection<KeyDoc>,
  ) {}

  static async connect(url: string): Promise<MongoPersonalDataKeys> {
    const lease = await mongoClients.lease('MongoDB (personal data keys)', url);
    const db = lease.client.db(databaseName(url));
    const keys = db.collection<KeyDoc>('personalDataKeys', KEY_CONCERNS);
    return new MongoPersonalDataKeys(lease, keys);
  }

  async keyFor(learner: LearnerRef): Promise<Buffer | null> {
    const _id = learnerKeyId(learner);
    // Read first: a learner's key exists after their first profile.
    let doc = await this.keys.findOne({ _id });
    if (!doc) {
      try {
        await this.keys.insertOne({ _id, key: new Binary(randomBytes(32)), erasedAt: null });
      } catch (error) {
        // Another process created it first (or destroyed it): keep what is stored.
        if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      }
      doc = await this.keys.findOne({ _id });
    }
    return doc?.key ? Buffer.from(doc.key.buffer) : null;
  }

  async find(learners: readonly LearnerRef[]): Promise<ReadonlyMap<string, LearnerKey>> {
    const ids = learners.map(learnerKeyId);
    const docs = await this.keys.find({ _id: { $in: ids } }).toArray();
    return new Map(docs.map((doc) => [doc._id, toLearnerKey(doc)]));
  }

  async destroy(learner: LearnerRef, erasedAt: string): Promise<void> {
    const _id = learnerKeyId(learner);
    // A pipeline update keeps the first erasure time when destroyed twice.
    await this.keys.updateOne(
      { _id },
      [{ $set: { key: null, erasedAt: { $ifNull: ['$erasedAt', erasedAt] } } }],
      { upsert: true },
    );
  }

  async close(): Promise<void> {
    await this.lease.release();
  }
}

const toLearnerKey = (doc: KeyDoc): LearnerKey =>
  doc.key
    ? { state: 'active', key: Buffer.from(doc.key.buffer) }
    : { state: 'erased', erasedAt: doc.erasedAt ?? '' };
