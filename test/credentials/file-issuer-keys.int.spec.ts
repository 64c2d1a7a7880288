import {
  existsSync,
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
import { issuerKeysContract } from './issuer-keys.contract';

describe('FileIssuerKeys', () => {
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'issuer-keys-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  issuerKeysContract('files', () =>
    Promise.resolve(new FileIssuerKeys(join(directory, 'contract'))),
  );

  it('keeps keys readable by their owner only: folders 0700, files 0600', async () => {
    const root = join(directory, 'modes');
    const keys = new FileIssuerKeys(root);
    await keys.current('acme');
    await keys.rotate('acme');

    expect(statSync(root).mode & 0o777).toBe(0o700);
    expect(statSync(join(root, 'acme')).mode & 0o777).toBe(0o700);
    const files = readdirSync(join(root, 'acme'));
    expect(files.sort()).toEqual(['key-000001.json', 'key-000002.json']);
    for (const file of files) expect(statSync(join(root, 'acme', file)).mode & 0o777).toBe(0o600);
  });

  it('creates nothing on disk when asked for the keys of a tenant that has none', async () => {
    const root = join(directory, 'untouched');

    expect(await new FileIssuerKeys(root).publicKeys('nobody')).toEqual([]);

    expect(existsSync(root)).toBe(false);
  });

  it('removes the private part of a rotated key from disk', async () => {
    const root = join(directory, 'retired');
    const keys = new FileIssuerKeys(root);
    await keys.current('acme');

    await keys.rotate('acme');

    const read = (n: number) =>
      JSON.parse(readFileSync(join(root, 'acme', `key-00000${n}.json`), 'utf8'));
    expect(read(1).secretKeyMultibase).toBeUndefined();
    expect(read(2).secretKeyMultibase).toMatch(/^z/);
  });

  it('[R-private-keys-kept] never puts the private key in what it hands out or in an error', async () => {
    const root = join(directory, 'corrupt');
    const keys = new FileIssuerKeys(root);
    const key = await keys.current('acme');
    const file = join(root, 'acme', 'key-000001.json');
    const secret = JSON.parse(readFileSync(file, 'utf8')).secretKeyMultibase as string;
    expect(JSON.stringify(key)).not.toContain(secret);
    expect(JSON.stringify(await keys.publicKeys('acme'))).not.toContain(secret);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -2));

    const error = await keys.current('acme').then(
      () => new Error('no error'),
      (e: unknown) => e as Error,
    );

    expect(error.message).toContain('unreadable');
    expect(`${error.message} ${String(error.stack)} ${String(error.cause)}`).not.toContain(
      secret.slice(1, 20),
    );
  });
});
