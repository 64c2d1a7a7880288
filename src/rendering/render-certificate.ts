import type { TemplateContent } from '../events/template.events';
import { certificateHtml } from './certificate-html';
import { certificateMetadata } from './certificate-metadata';
import { withPdfMetadata } from './pdf-metadata';
import type { PdfRenderer } from './pdf-renderer';
import { type CertificateFacts, certificateVariables } from './render-context';

/** A certificate to render: its template version, the template's language, and what it shows. */
export interface CertificateDocument {
  readonly language: string;
  readonly content: TemplateContent;
  readonly facts: CertificateFacts;
}

/** The certificate's PDF, with the document information that describes it. */
export async function renderCertificate(
  renderer: PdfRenderer,
  document: CertificateDocument,
): Promise<Buffer> {
  const { language, content, facts } = document;
  const pdf = await renderer.render(
    certificateHtml(content, certificateVariables(facts, language)),
    content.page,
  );
  return withPdfMetadata(pdf, certificateMetadata(facts, language));
}
