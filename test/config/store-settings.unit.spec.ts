import { ConfigError, loadConfig } from '../../src/config/config';
import {
  checkStore,
  StoreUnavailableError,
  withoutCredentials,
} from '../../src/config/store-unavailable';

describe('store settings', () => {
  it.each([
    'kurrentdb://localhost:2113?tls=false',
    'kurrent://localhost:2113',
    'kdb://a:2113,b:2113',
    'esdb://localhost:2113',
    'kurrentdb+discover://cluster.example.com:2113',
    'kurrent+discover://cluster.example.com:2113',
  ])('accepts %s as a KurrentDB URL', (url) => {
    expect(loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: url }).KURRENTDB_URL).toBe(url);
  });

  it('takes a KurrentDB stream prefix of plain characters only', () => {
    const config = { EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://h:2113' };
    expect(
      loadConfig({ ...config, KURRENTDB_STREAM_PREFIX: 'prod_1' }).KURRENTDB_STREAM_PREFIX,
    ).toBe('prod_1');
    expect(() => loadConfig({ ...config, KURRENTDB_STREAM_PREFIX: 'a/b' })).toThrow(
      /KURRENTDB_STREAM_PREFIX must be 1 to 40 letters/,
    );
  });

  it.each(['0123456789abcdefABCDEF', 'deadbeef'])(
    'accepts a KurrentDB password of hex digits (%s)',
    (password) => {
      const url = `kurrentdb://admin:${password}@kurrentdb:2113?tls=true`;
      expect(loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: url }).KURRENTDB_URL).toBe(url);
    },
  );

  it('accepts a KurrentDB URL without credentials or with a user alone', () => {
    for (const url of ['kurrentdb://h:2113', 'kurrentdb://admin@h:2113'])
      expect(loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: url }).KURRENTDB_URL).toBe(url);
  });

  // The JavaScript client and its native bridge decode these differently (issue 25, item 11).
  it.each(['changeit', 'p%40ss', 'a+b', 'ab cd', 'é0', ''])(
    'refuses a KurrentDB password that is not hex (%s), naming the setting',
    (password) => {
      const url = `kurrentdb://admin:${password}@kurrentdb:2113?tls=true`;
      expect(() => loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: url })).toThrow(
        /KURRENTDB_URL must carry a hex password/,
      );
    },
  );

  it('refuses a URL of another scheme, naming the setting', () => {
    expect(() => loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'http://x:2113' })).toThrow(
      /KURRENTDB_URL must be a kurrentdb:\/\/ URL/,
    );
    expect(() => loadConfig({ READ_STORE: 'mongodb', MONGODB_URL: 'postgres://x' })).toThrow(
      /MONGODB_URL must be a mongodb:\/\/ URL/,
    );
  });
});

describe('a store that cannot be used at start-up', () => {
  it('is named with its URL, without the password', () => {
    const error = new StoreUnavailableError('MongoDB', 'mongodb://app:s3cret@db:27017/x', 'down');
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe('MongoDB at mongodb://***@db:27017/x is not usable: down');
    expect(withoutCredentials('kurrentdb://admin:changeit@kdb:2113?tls=true')).toBe(
      'kurrentdb://***@kdb:2113?tls=true',
    );
    expect(withoutCredentials('kurrentdb://kdb:2113')).toBe('kurrentdb://kdb:2113');
  });

  it('gives up after the deadline and releases what the check left running', async () => {
    let cancelled = false;
    const check = checkStore(
      'KurrentDB',
      'kurrentdb://h:1',
      () => new Promise<never>(() => undefined),
      () => {
        cancelled = true;
        return Promise.resolve();
      },
      { timeoutMs: 50, lastProblem: () => 'connect ECONNREFUSED' },
    );
    await expect(check).rejects.toThrow(
      'KurrentDB at kurrentdb://h:1 is not usable: no answer within 0 s (connect ECONNREFUSED)',
    );
    expect(cancelled).toBe(true);
  });
});

describe('the issuer keys directory', () => {
  it('defaults to DATA_DIR/issuer-keys, and can be set apart from it', () => {
    expect(loadConfig({ DATA_DIR: '/srv/data' }).ISSUER_KEYS_DIR).toBe('/srv/data/issuer-keys');
    expect(loadConfig({ ISSUER_KEYS_DIR: '/run/keys' }).ISSUER_KEYS_DIR).toBe('/run/keys');
  });
});
