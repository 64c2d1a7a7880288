import { createHash } from 'node:crypto';
import {
  cpSync,
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
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { SqlitePersonalDataKeys } from '../../src/personal-data/sqlite-personal-data-keys';
import { filesBelow } from '../../src/backup/copy-hashed';
import { sampleEvent, uniqueStream } from '../support/sample-events';
import { runSnapshotCli } from './support';

/** Every file under a folder with its SHA-256: what "nothing changed" compares. */
async function contentOf(folder: string): Promise<Record<string, string>> {
  const files = await filesBelow(folder);
  return Object.fromEntries(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(folder, file)))
        .digest('hex'),
    ]),
  );
}

/**
 * Bad input to `npm run backup` and `npm run restore`: each is refused with one line that
 * names what is wrong, exit code 2, and neither the snapshot nor DATA_DIR changes.
 */
describe('Backup and restore refuse bad input with one line, changing nothing', () => {
  const base = mkdtempSync(join(tmpdir(), 'snapshot-refusals-'));
  const dataDir = join(base, 'data');
  const snapshot = join(base, 'snapshot');

  beforeAll(async () => {
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const keys = new SqlitePersonalDataKeys(join(dataDir, 'personal-data-keys.sqlite'));
    await keys.keyFor({ tenant: 'acme', learnerId: 'ana' });
    for (let i = 0; i < 5; i++) await store.append(uniqueStream(), [sampleEvent()], 'no-stream');
    await Promise.all([store.close(), keys.close()]);
    mkdirSync(join(dataDir, 'files/certificates'), { recursive: true });
    writeFileSync(join(dataDir, 'files/certificates/c1.pdf'), '%PDF-1.7 a certificate');
    const taken = await runSnapshotCli('backup', snapshot, { DATA_DIR: dataDir });
    expect(taken).toMatchObject({ code: 0, stderr: '' });
    expect(taken.stdout).toContain('backed up log position 5');
  }, 60_000);

  it('backup writes every file readable by its owner only, whatever the mode of its source', () => {
    // The PDF was written 0644 (this process's umask), as before DATA_DIR was made private.
    expect(statSync(join(dataDir, 'files/certificates/c1.pdf')).mode & 0o077).not.toBe(0);
    const modes = readdirSync(snapshot, { recursive: true, encoding: 'utf8' }).map((path) => {
      const info = statSync(join(snapshot, path));
      return [path, (info.mode & 0o777).toString(8)];
    });
    expect(modes).toEqual(
      modes.map(([path]) => [path, statSync(join(snapshot, path!)).isDirectory() ? '700' : '600']),
    );
    expect(modes.map(([path]) => path)).toContain('files/certificates/c1.pdf');
  });

  /** A copy of the good snapshot, spoiled by `spoil`. */
  const spoiled = (name: string, spoil: (folder: string) => void): string => {
    const folder = join(base, name);
    cpSync(snapshot, folder, { recursive: true });
    spoil(folder);
    return folder;
  };
  const editManifest = (folder: string, edit: (manifest: Record<string, unknown>) => void) => {
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    edit(manifest);
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
  };

  it.each([
    ['a missing folder', () => join(base, 'nowhere'), /nowhere does not exist/],
    [
      'a partial snapshot (no manifest)',
      () => spoiled('partial', (f) => rmSync(join(f, 'manifest.json'))),
      /has no manifest\.json: not a snapshot, or one whose backup did not finish/,
    ],
    [
      'a corrupted file',
      () =>
        spoiled('corrupted', (f) =>
          writeFileSync(join(f, 'files/certificates/c1.pdf'), '%PDF-1.7 a certificatE'),
        ),
      /files\/certificates\/c1\.pdf does not match its SHA-256 in the manifest/,
    ],
    [
      'a truncated file',
      () =>
        spoiled('truncated', (f) => writeFileSync(join(f, 'files/certificates/c1.pdf'), '%PDF')),
      /files\/certificates\/c1\.pdf has 4 bytes, the manifest says 22/,
    ],
    [
      'a missing file',
      () => spoiled('missing', (f) => rmSync(join(f, 'personal-data-keys.sqlite'))),
      /personal-data-keys\.sqlite is missing \(the manifest lists it\)/,
    ],
    [
      'a file the manifest does not list',
      () => spoiled('extra', (f) => writeFileSync(join(f, 'files/stray.pdf'), 'stray')),
      /files\/stray\.pdf is not in the manifest/,
    ],
    [
      'a snapshot from a newer version',
      () =>
        spoiled('newer', (f) =>
          editManifest(f, (m) => {
            m.service = { name: 'certificates-service', version: '99.0.0' };
          }),
        ),
      /taken by version 99\.0\.0, newer than this/,
    ],
    [
      'a manifest naming a file outside the snapshot',
      () =>
        spoiled('outside', (f) =>
          editManifest(f, (m) => {
            m.files = [
              ...(m.files as object[]),
              { path: '../data/events.sqlite', size: 1, sha256: '0' },
            ];
          }),
        ),
      /names a file outside the snapshot: \.\.\/data\/events\.sqlite/,
    ],
  ])(
    'restore refuses %s',
    async (_case, folderOf, message) => {
      const folder = folderOf();
      const before = await contentOf(dataDir);
      const snapshotBefore = await contentOf(snapshot);

      const refused = await runSnapshotCli('restore', folder, { DATA_DIR: dataDir });

      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(/^restore refused, nothing changed: /);
      expect(refused.stderr).toMatch(message);
      expect(await contentOf(dataDir)).toEqual(before);
      expect(await contentOf(snapshot)).toEqual(snapshotBefore);
    },
    30_000,
  );

  it('backup refuses a folder that is not empty, and writes nothing into it', async () => {
    const folder = join(base, 'occupied');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine');

    const refused = await runSnapshotCli('backup', folder, { DATA_DIR: dataDir });

    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toEqual([
      `backup refused, nothing changed: ${folder} is not empty: a backup goes into an empty folder`,
    ]);
    expect(await filesBelow(folder)).toEqual(['notes.txt']);
  }, 30_000);

  it('restore refuses an erasure journal that does not parse, before anything changes', async () => {
    const journal = join(base, 'bad-journal.jsonl');
    writeFileSync(
      journal,
      '{"tenant":"acme","learnerId":"ana","erasedAt":"2026-01-01T00:00:00Z"}\nnot json\n',
    );
    const before = await contentOf(dataDir);

    const refused = await runSnapshotCli('restore', snapshot, {
      DATA_DIR: dataDir,
      ERASURE_JOURNAL: journal,
    });

    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bad-journal\.jsonl line 2 is not an erasure/);
    expect(await contentOf(dataDir)).toEqual(before);
  }, 30_000);

  it('refuses an erasure journal inside DATA_DIR', async () => {
    const refused = await runSnapshotCli('restore', snapshot, {
      DATA_DIR: dataDir,
      ERASURE_JOURNAL: join(dataDir, 'erasures.jsonl'),
    });

    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/ERASURE_JOURNAL must be outside DATA_DIR/);
  }, 30_000);
});
