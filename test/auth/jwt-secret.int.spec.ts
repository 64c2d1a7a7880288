import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localSecret } from '../../src/auth/jwt-secret';

describe('The local token secret in DATA_DIR', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'jwt-secret-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is made on first start: 48 random bytes, in a file and folders of its owner only', () => {
    const dataDir = join(root, 'not', 'yet');
    const secret = localSecret(dataDir);

    expect(secret).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(secret);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(root, 'not')).mode & 0o777).toBe(0o700);
  });

  it('is the same on every later start, and differs between data directories', () => {
    const first = localSecret(join(root, 'a'));
    expect(localSecret(join(root, 'a'))).toBe(first);
    expect(localSecret(join(root, 'b'))).not.toBe(first);
  });

  it('keeps a secret an operator wrote, without its line break', () => {
    writeFileSync(join(root, 'jwt-secret'), 'the operator’s own secret\n', { mode: 0o600 });
    expect(localSecret(root)).toBe('the operator’s own secret');
  });

  it('refuses an empty file (what a power cut can leave), naming it, and makes no new secret', () => {
    writeFileSync(join(root, 'command-id-secret'), '', { mode: 0o600 });

    expect(() => localSecret(root, 'command-id-secret')).toThrow(
      `${join(root, 'command-id-secret')} is empty`,
    );
    expect(readFileSync(join(root, 'command-id-secret'), 'utf8')).toBe('');
  });

  it('fails when the secret cannot be read', () => {
    mkdirSync(join(root, 'jwt-secret'));
    expect(() => localSecret(root)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});
