import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { RecordedEvent } from '../../src/event-store/event-store';
import type { CertificateEvent } from '../../src/events/certificate.events';
import type { TestApp } from './test-app';

type GenerationOutcome = RecordedEvent<
  Extract<CertificateEvent, { type: 'CertificateGenerated' | 'CertificateGenerationFailed' }>
>;

/** Waits (up to `timeoutMs`) for the outcome of a generation request to be in the log. */
export async function generationOutcome(
  app: TestApp,
  certificateId: string,
  timeoutMs = 60_000,
): Promise<GenerationOutcome> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const outcome = (await app.log())
      .filter((e) => e.type === 'CertificateGenerated' || e.type === 'CertificateGenerationFailed')
      .find((e) => e.data.certificateId === certificateId);
    if (outcome) return outcome;
    if (Date.now() > deadline) throw new Error(`No outcome for certificate ${certificateId}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The text of a PDF, as `pdftotext` reads it (poppler-utils). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', pdfFile(pdf), '-'], { encoding: 'utf8' });
}

/** A PDF written to a fresh temporary file, for the poppler tools that read files. */
function pdfFile(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'file.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** The document information of a PDF, as `pdfinfo` reads it, dates in ISO 8601. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const lines = execFileSync('pdfinfo', ['-isodates', pdfFile(pdf)], { encoding: 'utf8' });
  return Object.fromEntries(
    lines
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

/** The images a PDF holds (not counting their alpha masks), as `pdfimages -list` lists them. */
export function pdfImageCount(pdf: Buffer): number {
  const list = execFileSync('pdfimages', ['-list', pdfFile(pdf)], { encoding: 'utf8' });
  // Rows after the two header lines; a soft mask (an image's alpha) is a row of its own.
  const rows = list.trim().split('\n').slice(2);
  return rows.filter((row) => row.trim().split(/\s+/)[2] === 'image').length;
}

/**
 * The text of the QR code on the first page: rasterised by `pdftoppm`, decoded by jsQR (code
 * nobody here wrote), or null when no QR code is found. The page is read as a grey PGM, which
 * takes no decoding (a PNG of the page took seconds to inflate in a test worker).
 */
export function qrCodeOnPage(pdf: Buffer, dpi = 100): string | null {
  const file = pdfFile(pdf);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-singlefile', file, `${file}.page`]);
  const { width, height, pixels } = greyMap(readFileSync(`${file}.page.pgm`));
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < pixels.length; i++) {
    const grey = pixels[i]!;
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = grey;
    rgba[i * 4 + 3] = 255;
  }
  // Printed dark on light: the inverted attempt would only double the time.
  const code = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' });
  return code?.data ?? null;
}

/** A binary PGM (P5, 8 bits): "P5", width, height, maxval, each after whitespace, then the bytes. */
function greyMap(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no 8-bit PGM');
  const [, width, height] = header.map(Number) as [number, number, number];
  return { width, height, pixels: bytes.subarray(header[0].length) };
}
