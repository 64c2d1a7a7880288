import { randomBytes } from 'node:crypto';
import { Binary, type Collection, type MongoClient, MongoServerError } from 'mongodb';
import { connectMongo } from '../mongodb/connect-mongo';
import { databaseName } from '../mongodb/mongo-url';
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
 * The keys as a collection of the production MongoDB, named so no read model rebuild touches
 * it. Destroying a key overwrites the document in place (`$set key: null`); what the server's
 * journal and backups keep is the operator's retention policy to bound.
 */
export class MongoPersonalDataKeys implements PersonalDataKeys {
  private constructor(
    private readonly client: MongoClient,
    private readonly keys: Collection<KeyDoc>,
  ) {}

  static async connect(url: string): Promise<MongoPersonalDataKeys> {
    const client = await connectMongo('MongoDB (personal data keys)', url);
    const keys = client.db(databaseName(url)).collection<KeyDoc>('personalDataKeys');
    return new MongoPersonalDataKeys(client, keys);
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
    await this.client.close();
  }
}

const toLearnerKey = (doc: KeyDoc): LearnerKey =>
  doc.key
    ? { state: 'active', key: Buffer.from(doc.key.buffer) }
    : { state: 'erased', erasedAt: doc.erasedAt ?? '' };
