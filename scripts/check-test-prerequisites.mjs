// Fails fast, naming what to install, when the tools the tests use are missing.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const problems = [];
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) problems.push(`Node 24 or newer (this is ${process.version}); see .nvmrc`);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(chromium, constants.X_OK);
} catch {
  problems.push(
    `Chromium at ${chromium} (apt-get install chromium fonts-noto-core fonts-noto-cjk)`,
  );
}
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  problems.push('pdftotext (apt-get install poppler-utils)');
}
if (problems.length > 0) {
  console.error(
    `The tests need:\n  - ${problems.join('\n  - ')}\n(.ci/run installs them on Debian.)`,
  );
  process.exit(1);
}
