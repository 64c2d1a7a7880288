import type { Readable } from 'node:stream';

export interface StoredFile {
  readonly key: string;
  readonly size: number;
  readonly sha256: string;
}

export type FileContent = Buffer | AsyncIterable<Buffer | string>;

/**
 * The file store port, for certificate PDFs and report CSVs. Files are keyed by the request that
 * made them and written once: when two processes store the same key, the first file stays and
 * both are told what is stored, so the outcome they record always matches the file.
 */
export interface FileStore {
  /** Streams the content in (never holding it all) unless the key exists; answers what is stored. */
  putIfAbsent(key: string, content: FileContent): Promise<StoredFile>;
  /** The stored bytes as a stream, or null when there is no such file. */
  open(key: string): Promise<Readable | null>;
  /** Removes the file for good (an erasure); removing a missing file is a no-op. */
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

export const FILE_STORE = Symbol('FileStore');

const KEY = /^[a-z]+\/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a file key: ${key}`);
  return key;
}
