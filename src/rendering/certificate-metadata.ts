import { CLASSIC_WORDINGS } from './classic-wording';
import type { PdfMetadata } from './pdf-metadata';
import type { CertificateFacts } from './render-context';

const ENGLISH = CLASSIC_WORDINGS.find((words) => words.language === 'en')!;

/**
 * What the PDF says about itself: the certificate (its number first, then its id and
 * verification URL) and training, the issuer, the issue time.
 */
export function certificateMetadata(facts: CertificateFacts, language: string): PdfMetadata {
  const words = CLASSIC_WORDINGS.find((w) => w.language === language) ?? ENGLISH;
  return {
    title: `${words.heading} – ${facts.training.title}`,
    author: facts.issuer.name,
    subject: `${facts.learner.name} – ${facts.training.title} – ${facts.number} – ${facts.verificationUrl}`,
    keywords: [facts.number, facts.certificateId, facts.verificationUrl],
    createdAt: facts.issuedAt,
  };
}
