import { MongoClient } from 'mongodb';
import { uploadErrorAction } from '../../src/file-store/gridfs/upload-error-action';
import { databaseName, withPrimaryReads } from '../../src/mongodb/mongo-url';
import { topologyProblem } from '../../src/mongodb/replica-set-check';

describe('the MongoDB deployment check', () => {
  it('accepts the primary of a replica set and a mongos', () => {
    expect(topologyProblem({ setName: 'rs0', isWritablePrimary: true })).toBeNull();
    expect(topologyProblem({ msg: 'isdbgrid', isWritablePrimary: true })).toBeNull();
  });

  // directConnection=true pins the client to the one server named (issue 25, item 10).
  it('refuses a replica set member that is not the primary, saying how to connect', () => {
    expect(topologyProblem({ setName: 'rs0', isWritablePrimary: false })).toMatch(
      /rs0 is not its primary.*without directConnection/,
    );
    expect(topologyProblem({ setName: 'rs0' })).toMatch(/not its primary/);
  });

  it('refuses a standalone mongod, saying what to do', () => {
    expect(topologyProblem({})).toMatch(/standalone.*--replSet/);
    expect(topologyProblem({ setName: '' })).toMatch(/standalone/);
  });
});

describe('MongoDB URLs', () => {
  // The driver itself (not connecting) says which read preference it would use.
  const modeOf = (url: string): string =>
    new MongoClient(withPrimaryReads(url), { readPreference: 'primary' }).readPreference.mode;

  it('reads from the primary whatever the URL asks for', () => {
    expect(modeOf('mongodb://h1,h2/db?replicaSet=rs0&readPreference=secondary')).toBe('primary');
    expect(
      modeOf(
        'mongodb://h/db?ReadPreference=nearest&maxStalenessSeconds=120&readPreferenceTags=dc:a',
      ),
    ).toBe('primary');
    expect(modeOf('mongodb://h/db')).toBe('primary');
  });

  it('keeps every other option and the database', () => {
    expect(
      withPrimaryReads('mongodb://u:p@h/db?replicaSet=rs0&readPreference=secondary&w=majority'),
    ).toBe('mongodb://u:p@h/db?replicaSet=rs0&w=majority');
    expect(withPrimaryReads('mongodb://h/db?readPreference=secondary')).toBe('mongodb://h/db');
    expect(withPrimaryReads('mongodb://h/db')).toBe('mongodb://h/db');
  });

  it('names the database of the URL, else certificates', () => {
    expect(databaseName('mongodb://u:p@h1:27017,h2/my%20db?replicaSet=rs0')).toBe('my db');
    expect(databaseName('mongodb+srv://cluster.example.com/?retryWrites=true')).toBe(
      'certificates',
    );
  });
});

describe('GridFS after a failed upload', () => {
  it('deletes chunks only when the upload surely has no files document', () => {
    expect(uploadErrorAction(false)).toBe('delete-chunks');
    expect(uploadErrorAction(true)).toBe('answer-own-file');
    expect(uploadErrorAction(undefined)).toBe('keep-chunks');
  });
});
