import { GridFsFileStore } from '../../src/file-store/gridfs/gridfs-file-store';
import { serverUnderTest, useMongoDatabase } from '../support/server-under-test';
import { fileStoreContract } from './file-store.contract';

const mongo = serverUnderTest('MONGODB_URL', 'GridFS contract suite');

mongo.describe('GridFsFileStore (MongoDB GridFS)', () => {
  const url = useMongoDatabase(mongo.externalUrl, 'files_contract');
  fileStoreContract(() => GridFsFileStore.connect(url()));
});
