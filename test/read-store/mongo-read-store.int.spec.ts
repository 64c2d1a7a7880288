import { MongoReadStore } from '../../src/read-store/mongodb/mongo-read-store';
import { serverUnderTest, useMongoDatabase } from '../support/server-under-test';
import { readStoreContract } from './read-store.contract';

const mongo = serverUnderTest('MONGODB_URL', 'MongoDB contract suite');

mongo.describe('MongoReadStore (MongoDB)', () => {
  const url = useMongoDatabase(mongo.externalUrl, 'contract');
  readStoreContract(() => MongoReadStore.connect(url()));
});
