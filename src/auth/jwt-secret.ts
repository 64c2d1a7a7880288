import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * With no secret configured, the service makes its own on first start and keeps it in
 * DATA_DIR, readable by its owner only; it never runs on a built-in secret. Instances that
 * share DATA_DIR share it: the secret is written whole to a draft and linked into place, so an
 * instance starting at the same moment reads the one that won, never a half-written file.
 */
export function localSecret(dataDir: string, name = 'jwt-secret'): string {
  const file = join(dataDir, name);
  // Made before: read it, writing nothing (a full disk must not stop a restart).
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeFileSync(draft, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(file, 'utf8').trim();
}
