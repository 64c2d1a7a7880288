/** The file a snapshot is described by, written last: a folder without it is no snapshot. */
export const MANIFEST = 'manifest.json';

/** The layout of a snapshot folder; a restore refuses a format it does not know. */
export const SNAPSHOT_FORMAT = 1;

/** A snapshot's copy of each store, by its name in DATA_DIR (issuer keys: `issuer-keys/`). */
export const SNAPSHOT_PATHS = {
  log: 'events.sqlite',
  keys: 'personal-data-keys.sqlite',
  files: 'files',
  issuerKeys: 'issuer-keys',
  /** Secrets the service made for itself in DATA_DIR, and the test clock's state. */
  secrets: ['jwt-secret', 'command-id-secret', 'webhook-secret-key', 'test-clock.json'],
} as const;

export interface SnapshotFile {
  /** Relative to the snapshot folder, `/`-separated. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

export interface SnapshotManifest {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly service: { readonly name: string; readonly version: string };
  readonly createdAt: string;
  /** The position of the last event in the snapshot's log ("0" for an empty log). */
  readonly logPosition: string;
  /**
   * Each reactor's checkpoint, read before the log was captured: everything up to it has its
   * side effects (files) in the snapshot; a restore starts the reactors there again.
   */
  readonly reactorCheckpoints: Readonly<Record<string, string>>;
  readonly files: readonly SnapshotFile[];
}

/** A snapshot or a setting that a backup or restore refuses: one line that says what is wrong. */
export class SnapshotRefused extends Error {}
