import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ZipContent {
  /** Each entry's name, size and SHA-256, as Python's zipfile reads them. */
  readonly entries: { name: string; size: number; sha256: string; stored: boolean }[];
  /** `manifest.json`, parsed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON under test
  readonly manifest: any[];
  /** What `unzip -t` says of the whole archive (its CRCs checked). */
  readonly tested: string;
}

const READ = `
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    entries = []
    for info in z.infolist():
        data = z.read(info)
        entries.append({"name": info.filename, "size": len(data),
                        "sha256": hashlib.sha256(data).hexdigest(),
                        "stored": info.compress_type == zipfile.ZIP_STORED})
    manifest = json.loads(z.read("manifest.json")) if "manifest.json" in z.namelist() else None
print(json.dumps({"entries": entries, "manifest": manifest}))
`;

/** A ZIP read back by code nobody here wrote: Python's zipfile, and Info-ZIP's `unzip -t`. */
export function readZip(zip: Buffer): ZipContent {
  const file = join(mkdtempSync(join(tmpdir(), 'zip-')), 'archive.zip');
  writeFileSync(file, zip);
  const read = JSON.parse(execFileSync('python3', ['-c', READ, file], { encoding: 'utf8' }));
  const tested = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
  return { ...read, tested };
}
