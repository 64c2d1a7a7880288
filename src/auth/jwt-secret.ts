import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { syncFolder, writeNewFileDurably } from '../core/durable-files';

/**
 * With no secret configured, the service makes its own on first start and keeps it in
 * DATA_DIR, readable by its owner only; it never runs on a built-in secret. Instances that
 * share DATA_DIR share it: the secret is written whole to a draft and linked into place, so an
 * instance starting at the same moment reads the one that won, never a half-written file.
 */
export function localSecret(dataDir: string, name = 'jwt-secret'): string {
  const file = join(dataDir, name);
  // Made before: read it, writing nothing (a full disk must not stop a restart).
  if (existsSync(file)) return readSecret(file);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  // On the disk before it is linked into place: a linked secret is never an empty file.
  writeNewFileDurably(draft, randomBytes(48).toString('base64url'));
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  syncFolder(dataDir);
  return readSecret(file);
}

/**
 * An empty file is what a power cut can leave of a secret whose content never reached the
 * disk: never a key to sign or derive with (anyone could forge a token signed with it).
 */
function readSecret(file: string): string {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret === '')
    throw new Error(
      `${file} is empty: the secret was lost (a power cut as it was made?). Tokens, ids or secrets made with it no longer verify; delete the file to have a new one made, or configure the secret.`,
    );
  return secret;
}
