import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileIssuerKeys } from '../../src/credentials/file-issuer-keys';
import { IssuerKeyError } from '../../src/credentials/issuer-keys';
import {
  packagedContextLoader,
  UnknownDocumentError,
} from '../../src/credentials/json-ld-contexts';
import { credentialUrl, statusListUrl, verificationUrl } from '../../src/credentials/public-urls';

const AT = new Date('2026-03-02T10:00:00.000Z');
const clock = { now: () => AT };

describe('Issuer key files', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'issuer-key-files-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => new Error('not refused'),
      (error: unknown) => error as Error,
    );

  it('tightens a key folder that was readable by others', async () => {
    const root = join(directory, 'keys');
    mkdirSync(root, { mode: 0o755 });
    chmodSync(root, 0o755);

    await new FileIssuerKeys(root, clock).current('acme');

    expect(statSync(root).mode & 0o777).toBe(0o700);
    expect(statSync(join(root, 'acme')).mode & 0o777).toBe(0o700);
  });

  it('names each key and dates it by the clock, and leaves no temporary file', async () => {
    const keys = new FileIssuerKeys(directory, clock);
    const first = await keys.current('acme');
    const second = await keys.rotate('acme');

    expect(first).toMatchObject({ keyId: 'key-1', createdAt: '2026-03-02T10:00:00.000Z' });
    expect(second).toEqual({
      keyId: 'key-2',
      createdAt: '2026-03-02T10:00:00.000Z',
      publicKeyMultibase: expect.stringMatching(/^z6Mk/),
    });
    expect(readdirSync(join(directory, 'acme')).sort()).toEqual([
      'key-000001.json',
      'key-000002.json',
    ]);
  });

  it('gives concurrent first callers, in other processes too, one and the same key', async () => {
    const [a, b] = [new FileIssuerKeys(directory, clock), new FileIssuerKeys(directory, clock)];
    const keys = await Promise.all([a.current('acme'), b.current('acme'), a.current('acme')]);
    expect(new Set(keys.map((key) => key.publicKeyMultibase)).size).toBe(1);
    expect(readdirSync(join(directory, 'acme'))).toEqual(['key-000001.json']);
  });

  it('orders keys by number past nine, and reads only key files', async () => {
    const keys = new FileIssuerKeys(directory, clock);
    await keys.current('acme');
    for (let i = 2; i <= 11; i++) await keys.rotate('acme');
    const folder = join(directory, 'acme');
    writeFileSync(join(folder, 'notes.txt'), 'not a key');
    writeFileSync(join(folder, 'key-12.json'), 'not a key either');
    writeFileSync(join(folder, 'key-000012.json.bak'), 'nor this');

    const listed = await keys.publicKeys('acme');

    expect(listed.map((key) => key.keyId)).toEqual(
      Array.from({ length: 11 }, (_, i) => `key-${i + 1}`),
    );
    expect((await keys.current('acme')).keyId).toBe('key-11');
  });

  it('refuses a key file whose pair is not an Ed25519 key pair, naming the key only', async () => {
    const keys = new FileIssuerKeys(directory, clock);
    await keys.current('acme');
    const file = join(directory, 'acme', 'key-000001.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    writeFileSync(file, JSON.stringify({ ...stored, secretKeyMultibase: 'not multibase' }));

    const error = await failure(keys.current('acme'));

    expect(error).toBeInstanceOf(IssuerKeyError);
    expect(error.message).toBe('Issuer key key-1 is not a valid Ed25519 key pair');
  });

  it('refuses to sign when the newest key has no private part, after a few looks', async () => {
    const keys = new FileIssuerKeys(directory, clock);
    await keys.current('acme');
    const file = join(directory, 'acme', 'key-000001.json');
    const { secretKeyMultibase: _secret, ...retired } = JSON.parse(
      readFileSync(file, 'utf8'),
    ) as Record<string, string>;
    writeFileSync(file, JSON.stringify(retired));

    const error = await failure(keys.current('acme'));

    expect(error).toBeInstanceOf(IssuerKeyError);
    expect(error.message).toBe('The issuer key of tenant acme changed while being read');
  });

  it('passes on a failure to read the folder other than its absence', async () => {
    writeFileSync(join(directory, 'acme'), 'a file where the folder should be');
    const error = await failure(new FileIssuerKeys(directory, clock).publicKeys('acme'));
    expect(error).toMatchObject({ code: 'ENOTDIR' });
  });

  it('refuses a tenant id that could leave its folder', async () => {
    for (const tenant of ['../acme', 'a/b', '', '.hidden'])
      expect(await failure(new FileIssuerKeys(directory, clock).current(tenant))).toEqual(
        new IssuerKeyError('Not a tenant id'),
      );
    expect(readdirSync(directory)).toEqual([]);
  });
});

describe('Packaged JSON-LD documents', () => {
  it('answers a packaged context as a remote document', async () => {
    const url = 'https://www.w3.org/ns/credentials/v2';
    const loaded = await packagedContextLoader(url);
    expect(loaded).toEqual({ contextUrl: null, documentUrl: url, document: expect.any(Object) });
    expect(loaded.document).toHaveProperty('@context');
  });

  it('refuses any other URL, without fetching it', async () => {
    const url = 'https://evil.example/context.json';
    await expect(packagedContextLoader(url)).rejects.toEqual(
      new UnknownDocumentError(`No packaged JSON-LD document for ${url}`),
    );
  });
});

describe('Public addresses', () => {
  it.each(['https://certs.example', 'https://certs.example/'])(
    'are under PUBLIC_URL %s, with one slash',
    (publicUrl) => {
      expect(verificationUrl(publicUrl, 'c-1')).toBe('https://certs.example/verify/c-1');
      expect(credentialUrl(publicUrl, 'c-1')).toBe(
        'https://certs.example/api/v1/public/certificates/c-1/credential',
      );
      expect(statusListUrl(publicUrl, 'acme')).toBe(
        'https://certs.example/tenants/acme/status-lists/revocation',
      );
    },
  );
});
