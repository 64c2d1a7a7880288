import { MongoClient } from 'mongodb';
import { GridFsFileStore } from '../../src/file-store/gridfs/gridfs-file-store';
import { MongoPersonalDataKeys } from '../../src/personal-data/mongo-personal-data-keys';
import { MongoReadStore } from '../../src/read-store/mongodb/mongo-read-store';
import { serverUnderTest, useMongoDatabase } from '../support/server-under-test';

const mongo = serverUnderTest('MONGODB_URL', 'MongoDB adapter cases');

/** A private field of a store, to see what it was built with. */
const field = <T>(store: object, name: string): T => (store as Record<string, T>)[name]!;

/**
 * What the MongoDB adapters must do beyond their ports' contracts, on a real server (issue 25,
 * item 10). Not here, for want of a server with a secondary: the start-up refusal of a
 * secondary reached with directConnection (test/mongodb/mongo-connection.unit.spec.ts).
 */
mongo.describe('The MongoDB adapters on a server', () => {
  const url = useMongoDatabase(mongo.externalUrl, 'adapters');
  let client: MongoClient;
  beforeAll(async () => {
    client = await MongoClient.connect(url());
  });
  afterAll(async () => {
    await client?.close();
  });

  it('gives a generation ensured bare, then with its indexes, those indexes', async () => {
    const store = await MongoReadStore.connect(url());
    try {
      await store.ensureCollection({ name: 'reports_g2', indexes: [] });
      await store.ensureCollection({ name: 'reports_g2', indexes: [['tenant', 'createdAt']] });
      const indexes = await client.db().collection('reports_g2').indexes();
      expect(indexes.map((index) => index.key)).toContainEqual({ tenant: 1, createdAt: 1, _id: 1 });
    } finally {
      await store.close();
    }
  });

  it('ensures the GridFS chunks index, also on a bucket that already holds files', async () => {
    await client.db().collection('copied.files').insertOne({ filename: 'old', length: 0 });
    const files = await GridFsFileStore.connect(url(), 'copied');
    try {
      const indexes = await client.db().collection('copied.chunks').indexes();
      expect(indexes).toContainEqual(
        expect.objectContaining({ key: { files_id: 1, n: 1 }, unique: true }),
      );
    } finally {
      await files.close();
    }
  });

  it('writes personal-data keys to a journaled majority and reads them at majority', async () => {
    const keys = await MongoPersonalDataKeys.connect(url());
    try {
      const collection = field<{ writeConcern: object; readConcern: object }>(keys, 'keys');
      expect(collection.writeConcern).toMatchObject({ w: 'majority', journal: true });
      expect(collection.readConcern).toMatchObject({ level: 'majority' });
      const key = await keys.keyFor({ tenant: 'acme', learnerId: 'l1' });
      expect(await keys.keyFor({ tenant: 'acme', learnerId: 'l1' })).toEqual(key);
    } finally {
      await keys.close();
    }
  });

  it('shares one client among the stores on one URL, closed with the last of them', async () => {
    const reads = await MongoReadStore.connect(url());
    const files = await GridFsFileStore.connect(url());
    const keys = await MongoPersonalDataKeys.connect(url());
    const clientOf = (store: object) => field<{ client: MongoClient }>(store, 'lease').client;
    expect(clientOf(files)).toBe(clientOf(reads));
    expect(clientOf(keys)).toBe(clientOf(reads));
    await reads.close();
    await files.close();
    expect(await keys.keyFor({ tenant: 'acme', learnerId: 'l2' })).toHaveLength(32);
    await keys.close();
    const closed = await MongoReadStore.connect(url());
    expect(clientOf(closed)).not.toBe(clientOf(reads));
    await closed.close();
  });
});
