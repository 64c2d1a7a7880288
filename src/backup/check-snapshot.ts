import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, normalize, resolve } from 'node:path';
import { filesBelow, hashOf } from './copy-hashed';
import { isNewer, serviceVersion } from './service-version';
import {
  MANIFEST,
  SNAPSHOT_FORMAT,
  SNAPSHOT_PATHS,
  type SnapshotManifest,
  SnapshotRefused,
} from './snapshot-manifest';

/**
 * The snapshot's manifest, once every file it lists is there with its size and SHA-256, and
 * nothing else is: else refused with one line naming what is wrong. Reads only.
 */
export async function checkSnapshot(folder: string): Promise<SnapshotManifest> {
  const root = resolve(folder);
  const info = await stat(root).catch(() => null);
  if (!info) throw new SnapshotRefused(`${root} does not exist`);
  if (!info.isDirectory()) throw new SnapshotRefused(`${root} is not a folder`);
  const manifest = await readManifest(root);
  const listed = new Set(manifest.files.map((file) => file.path));
  if (!listed.has(SNAPSHOT_PATHS.log))
    throw new SnapshotRefused(`${root}: the manifest lists no event log (${SNAPSHOT_PATHS.log})`);
  for (const file of manifest.files) {
    const path = join(root, file.path);
    const found = await hashOf(path).catch(() => null);
    if (!found)
      throw new SnapshotRefused(`${root}: ${file.path} is missing (the manifest lists it)`);
    if (found.size !== file.size)
      throw new SnapshotRefused(
        `${root}: ${file.path} has ${found.size} bytes, the manifest says ${file.size}`,
      );
    if (found.sha256 !== file.sha256)
      throw new SnapshotRefused(`${root}: ${file.path} does not match its SHA-256 in the manifest`);
  }
  const extra = (await filesBelow(root)).find((path) => path !== MANIFEST && !listed.has(path));
  if (extra) throw new SnapshotRefused(`${root}: ${extra} is not in the manifest`);
  return manifest;
}

async function readManifest(root: string): Promise<SnapshotManifest> {
  let text: string;
  try {
    text = await readFile(join(root, MANIFEST), 'utf8');
  } catch {
    throw new SnapshotRefused(
      `${root} has no ${MANIFEST}: not a snapshot, or one whose backup did not finish`,
    );
  }
  let manifest: SnapshotManifest;
  try {
    manifest = JSON.parse(text) as SnapshotManifest;
  } catch {
    throw new SnapshotRefused(`${root}: ${MANIFEST} is not JSON`);
  }
  const ours = serviceVersion();
  if (manifest?.service?.name !== ours.name)
    throw new SnapshotRefused(`${root}: ${MANIFEST} is not a snapshot of ${ours.name}`);
  if (isNewer(String(manifest.service.version), ours.version))
    throw new SnapshotRefused(
      `${root} was taken by version ${manifest.service.version}, newer than this ${ours.version}: restore it with that version or later`,
    );
  if (manifest.format !== SNAPSHOT_FORMAT)
    throw new SnapshotRefused(`${root}: snapshot format ${String(manifest.format)} is unknown`);
  if (!Array.isArray(manifest.files) || !/^\d+$/.test(String(manifest.logPosition)))
    throw new SnapshotRefused(`${root}: ${MANIFEST} lacks its files or its log position`);
  for (const file of manifest.files) {
    const path = String((file as { path?: unknown } | null)?.path);
    if (isAbsolute(path) || normalize(path).startsWith('..') || normalize(path) !== path)
      throw new SnapshotRefused(`${root}: ${MANIFEST} names a file outside the snapshot: ${path}`);
  }
  return manifest;
}
