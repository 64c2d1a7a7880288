import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

/**
 * A new file (`wx`: never one that exists) whose content is on the disk when this returns, so
 * that linking or renaming it into place never leaves an empty file after a power cut. For the
 * few files that must survive one (secrets, issuer keys), each written once; it blocks for the
 * sync.
 */
export function writeNewFileDurably(path: string, content: string, mode = 0o600): void {
  const descriptor = openSync(path, 'wx', mode);
  try {
    writeSync(descriptor, content);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** The folder's entries (a link or a rename just made in it) on the disk. */
export function syncFolder(folder: string): void {
  const descriptor = openSync(folder, 'r');
  // Stryker disable next-line BlockStatement: only a power cut shows an entry that is not on the disk
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
