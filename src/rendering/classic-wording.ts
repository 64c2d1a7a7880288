/**
 * The words of the classic certificates, one set per language the product ships. The values
 * are inserted into the template's HTML as they are (they are ours, not user data), so they may
 * hold entities such as `&nbsp;`.
 */
export interface ClassicWording {
  readonly language: string;
  readonly title: string;
  /** The big heading, also set in capitals around the seal. */
  readonly heading: string;
  /** Before the learner's name. */
  readonly certifies: string;
  /** Between the learner's name and the training's title. */
  readonly completed: string;
  /** Around the score, when there is one: `${scoreBefore} 96${scoreAfter}`. */
  readonly scoreBefore: string;
  readonly scoreAfter: string;
  /** The caption under the completion date. */
  readonly completedOn: string;
  /** The caption under the issuing organisation's name, on the signature line. */
  readonly signature: string;
  /** Before the certificate's number in its tenant (`certificate.number`). */
  readonly certificateNumber: string;
  /** Before the certificate's id (a UUID). */
  readonly certificateId: string;
  readonly verifyAt: string;
  /** Before the last day of validity, when the certificate has one. */
  readonly validUntil: string;
  /** The caption under the QR code. */
  readonly scanToVerify: string;
}

export const CLASSIC_WORDINGS: readonly ClassicWording[] = [
  {
    language: 'en',
    title: 'Classic certificate (English)',
    heading: 'Certificate of Completion',
    certifies: 'This is to certify that',
    completed: 'has successfully completed',
    scoreBefore: 'with a score of',
    scoreAfter: '%',
    completedOn: 'Date of completion',
    signature: 'Issued by',
    certificateNumber: 'Certificate no.',
    certificateId: 'Certificate ID',
    verifyAt: 'Verify at',
    validUntil: 'Valid until',
    scanToVerify: 'Scan to verify',
  },
  {
    language: 'es',
    title: 'Certificado clásico (español)',
    heading: 'Certificado de finalización',
    certifies: 'Se certifica que',
    completed: 'ha completado con éxito',
    scoreBefore: 'con una puntuación del',
    scoreAfter: '&nbsp;%',
    completedOn: 'Fecha de finalización',
    signature: 'Expedido por',
    certificateNumber: 'Certificado n.º',
    certificateId: 'ID del certificado',
    verifyAt: 'Verifique su autenticidad en',
    validUntil: 'Válido hasta el',
    scanToVerify: 'Escanee para verificar',
  },
  {
    language: 'fr',
    title: 'Certificat classique (français)',
    heading: 'Certificat de réussite',
    certifies: 'Le présent certificat atteste que',
    completed: 'a suivi avec succès la formation',
    scoreBefore: 'avec un résultat de',
    scoreAfter: '&nbsp;%',
    completedOn: 'Date d’obtention',
    signature: 'Délivré par',
    certificateNumber: 'Certificat n°',
    certificateId: 'Identifiant du certificat',
    verifyAt: 'Authenticité vérifiable sur',
    validUntil: 'Valable jusqu’au',
    scanToVerify: 'Scannez pour vérifier',
  },
  {
    language: 'de',
    title: 'Klassisches Zertifikat (Deutsch)',
    heading: 'Abschlusszertifikat',
    certifies: 'Hiermit wird bestätigt, dass',
    completed: 'die folgende Schulung erfolgreich abgeschlossen hat:',
    scoreBefore: 'mit einem Ergebnis von',
    scoreAfter: '&nbsp;%',
    completedOn: 'Datum des Abschlusses',
    signature: 'Ausgestellt von',
    certificateNumber: 'Zertifikat Nr.',
    certificateId: 'Zertifikats-ID',
    verifyAt: 'Echtheit prüfen unter',
    validUntil: 'Gültig bis',
    scanToVerify: 'Zum Prüfen scannen',
  },
  {
    language: 'pt',
    title: 'Certificado clássico (português)',
    heading: 'Certificado de conclusão',
    certifies: 'Certificamos que',
    completed: 'concluiu com êxito',
    scoreBefore: 'com uma pontuação de',
    scoreAfter: '%',
    completedOn: 'Data de conclusão',
    signature: 'Emitido por',
    certificateNumber: 'Certificado n.º',
    certificateId: 'Código do certificado',
    verifyAt: 'Verifique a autenticidade em',
    validUntil: 'Válido até',
    scanToVerify: 'Digitalize para verificar',
  },
  {
    language: 'it',
    title: 'Attestato classico (italiano)',
    heading: 'Attestato di completamento',
    certifies: 'Si attesta che',
    completed: 'ha completato con successo',
    scoreBefore: 'con un punteggio del',
    scoreAfter: '%',
    completedOn: 'Data di completamento',
    signature: 'Rilasciato da',
    certificateNumber: 'Attestato n.',
    certificateId: 'Codice attestato',
    verifyAt: 'Verifica l’autenticità su',
    validUntil: 'Valido fino al',
    scanToVerify: 'Scansiona per verificare',
  },
];
