/** The words of the classic certificates, one set per language the product ships. */
export interface ClassicWording {
  readonly language: string;
  readonly title: string;
  readonly heading: string;
  readonly certifies: string;
  readonly completed: string;
  readonly completedOn: string;
  readonly certificateId: string;
  readonly verifyAt: string;
}

export const CLASSIC_WORDINGS: readonly ClassicWording[] = [
  {
    language: 'en',
    title: 'Classic certificate (English)',
    heading: 'Certificate of Completion',
    certifies: 'This is to certify that',
    completed: 'has successfully completed',
    completedOn: 'Completed on',
    certificateId: 'Certificate ID',
    verifyAt: 'Verify at',
  },
  {
    language: 'es',
    title: 'Certificado clásico (español)',
    heading: 'Certificado de finalización',
    certifies: 'Se certifica que',
    completed: 'ha completado con éxito',
    completedOn: 'Completado el',
    certificateId: 'ID del certificado',
    verifyAt: 'Verificar en',
  },
  {
    language: 'fr',
    title: 'Certificat classique (français)',
    heading: 'Certificat de réussite',
    certifies: 'Nous certifions que',
    completed: 'a suivi avec succès',
    completedOn: 'Terminé le',
    certificateId: 'Identifiant du certificat',
    verifyAt: 'Vérifier sur',
  },
  {
    language: 'de',
    title: 'Klassisches Zertifikat (Deutsch)',
    heading: 'Abschlusszertifikat',
    certifies: 'Hiermit wird bestätigt, dass',
    completed: 'erfolgreich abgeschlossen hat:',
    completedOn: 'Abgeschlossen am',
    certificateId: 'Zertifikats-ID',
    verifyAt: 'Überprüfen unter',
  },
  {
    language: 'pt',
    title: 'Certificado clássico (português)',
    heading: 'Certificado de conclusão',
    certifies: 'Certificamos que',
    completed: 'concluiu com êxito',
    completedOn: 'Concluído em',
    certificateId: 'ID do certificado',
    verifyAt: 'Verificar em',
  },
  {
    language: 'it',
    title: 'Attestato classico (italiano)',
    heading: 'Attestato di completamento',
    certifies: 'Si certifica che',
    completed: 'ha completato con successo',
    completedOn: 'Completato il',
    certificateId: 'ID certificato',
    verifyAt: 'Verifica su',
  },
];
