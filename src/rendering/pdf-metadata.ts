/** The document information a PDF reader shows (File › Properties) and indexes search with. */
export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** When the document came into being: for a certificate, when it was issued. */
  readonly createdAt: Date;
}

const CREATOR = 'certificates-service';
const PRODUCER = 'Chromium (Skia/PDF) and pdf-lib';

/**
 * The PDF with its information dictionary replaced: Chromium writes the page's title (often
 * `about:blank`) and the render time, which say nothing about the certificate. Both dates are the
 * given time, so the metadata does not depend on when the file was made.
 */
export async function withPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Buffer> {
  // pdf-lib yields to the event loop every 100 objects by default; a certificate has a few
  // hundred, so parsing in one go costs less than the ticks it would wait for.
  // Loaded with the first certificate, not with the service: most processes never render.
  const { ParseSpeeds, PDFDocument } = await import('pdf-lib');
  const document = await PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords([...metadata.keywords]);
  document.setCreator(CREATOR);
  document.setProducer(PRODUCER);
  document.setCreationDate(metadata.createdAt);
  document.setModificationDate(metadata.createdAt);
  // Without object streams, saving copies objects instead of deflating them again: a third of the
  // time, for a file about a tenth larger.
  const saved = await document.save({
    updateFieldAppearances: false,
    useObjectStreams: false,
    objectsPerTick: Infinity,
  });
  return Buffer.from(saved.buffer, saved.byteOffset, saved.byteLength);
}
