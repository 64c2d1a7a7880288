import { accessSync, constants } from 'node:fs';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export class ChromiumNotFound extends Error {}

/** CHROMIUM_PATH if set, else the first Chromium or Chrome found in the usual places. */
export function findChromium(configured?: string): string {
  const candidates = configured ? [configured] : USUAL_PATHS;
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Not there, or not executable: try the next one.
    }
  }
  throw new ChromiumNotFound(
    configured
      ? `CHROMIUM_PATH=${configured} is not an executable. Install Chromium (Debian/Ubuntu: apt-get install chromium fonts-noto-core fonts-noto-cjk) or correct the path.`
      : 'No Chromium found. Install it (Debian/Ubuntu: apt-get install chromium fonts-noto-core fonts-noto-cjk) or set CHROMIUM_PATH.',
  );
}
