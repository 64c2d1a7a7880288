import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '../../src/event-store/event-store';
import type { CertificateEvent } from '../../src/write/certificates/domain/certificate.events';
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
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'file.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
