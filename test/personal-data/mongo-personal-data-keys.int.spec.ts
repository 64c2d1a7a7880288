import { MongoPersonalDataKeys } from '../../src/personal-data/mongo-personal-data-keys';
import { serverUnderTest, useMongoDatabase } from '../support/server-under-test';
import { personalDataKeysContract } from './personal-data-keys.contract';

const mongo = serverUnderTest('MONGODB_URL', 'MongoDB personal data keys contract suite');

mongo.describe('MongoPersonalDataKeys (MongoDB)', () => {
  const url = useMongoDatabase(mongo.externalUrl, 'keys');
  personalDataKeysContract('MongoDB', () => MongoPersonalDataKeys.connect(url()));
});
