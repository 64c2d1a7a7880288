// Fails fast, naming every missing system package and the one command that installs them all.
// It installs nothing itself: what runs as root on someone's machine is theirs to decide.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const works = (command, args) => {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const problems = [];
const major = Number(process.versions.node.split('.')[0]);
if (major < 24)
  problems.push(`Node 24 or newer (this is ${process.version}); run the tests through npm test`);

const packages = [];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(chromium, constants.X_OK);
} catch {
  packages.push('chromium');
}
if (!works('pdftotext', ['-v'])) packages.push('poppler-utils');
// LibreOffice Calc opens the report CSVs as a spreadsheet user would (formulas, row breaks).
if (!works('soffice', ['--version'])) packages.push('libreoffice-calc-nogui');
// Fonts are checked where Debian's package database can answer; elsewhere Chromium's own do.
if (works('dpkg', ['--version']))
  for (const font of ['fonts-noto-core', 'fonts-noto-cjk'])
    if (!works('dpkg', ['-s', font])) packages.push(font);
// test/e2e/storage-full.e2e.spec.ts fills a 12 MB tmpfs it mounts itself, which takes root.
if (typeof process.getuid === 'function' && process.getuid() !== 0)
  problems.push(
    'root, to mount the small tmpfs of the full-disk test (test/e2e/storage-full.e2e.spec.ts)',
  );
if (packages.length > 0)
  problems.push(
    `system packages: ${packages.join(', ')}\n    install them with: sudo apt-get install -y ${packages.join(' ')}`,
  );

if (problems.length > 0) {
  console.error(
    `The tests need:\n  - ${problems.join('\n  - ')}\n(.ci/run installs them on Debian.)`,
  );
  process.exit(1);
}
