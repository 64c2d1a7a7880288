import type { PublicStatus } from './public-certificate';

export const PAGE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

export interface Labels {
  readonly title: string;
  readonly notFound: string;
  readonly notFoundText: string;
  readonly status: Record<PublicStatus, string>;
  /** The certificate's number in its issuer's sequence. */
  readonly number: string;
  readonly learner: string;
  readonly training: string;
  readonly issuer: string;
  readonly issuedAt: string;
  readonly completedAt: string;
  readonly validUntil: string;
  readonly noExpiry: string;
  readonly template: string;
  readonly version: string;
  readonly sha256: string;
  readonly credential: string;
  readonly check: string;
  readonly checkHelp: string;
  readonly match: string;
  readonly noMatch: string;
  readonly revokedAt: string;
  readonly reason: string;
  readonly deletedAt: string;
}

export const LABELS: Record<PageLanguage, Labels> = {
  en: {
    number: 'Certificate no.',
    ...{ title: 'Certificate verification', notFound: 'Certificate not found' },
    notFoundText: 'No certificate has this verification address.',
    status: {
      ...{ valid: 'Valid', revoked: 'Revoked', expired: 'Expired' },
      ...{ deleted: 'No longer valid: replaced or withdrawn', erased: 'Erased' },
    },
    ...{ learner: 'Awarded to', training: 'Training', issuer: 'Issued by' },
    ...{ issuedAt: 'Issued on', completedAt: 'Completed on', validUntil: 'Valid until' },
    ...{ noExpiry: 'No expiry', template: 'Template', version: 'version' },
    ...{ sha256: 'SHA-256 of the issued PDF', credential: 'Signed credential (Open Badges 3.0)' },
    check: 'Check your copy',
    checkHelp: 'Pick the PDF: its fingerprint is computed in your browser, nothing is uploaded.',
    ...{
      match: 'Match: this is the issued file.',
      noMatch: 'No match: this is not the issued file.',
    },
    ...{ revokedAt: 'Revoked on', reason: 'Reason', deletedAt: 'Withdrawn on' },
  },
  es: {
    number: 'Certificado n.º',
    ...{ title: 'Verificación del certificado', notFound: 'Certificado no encontrado' },
    notFoundText: 'Ningún certificado tiene esta dirección de verificación.',
    status: {
      ...{ valid: 'Válido', revoked: 'Revocado', expired: 'Caducado' },
      ...{ deleted: 'Ya no es válido: sustituido o retirado', erased: 'Borrado' },
    },
    ...{ learner: 'Otorgado a', training: 'Formación', issuer: 'Emitido por' },
    ...{ issuedAt: 'Emitido el', completedAt: 'Completado el', validUntil: 'Válido hasta' },
    ...{ noExpiry: 'Sin caducidad', template: 'Plantilla', version: 'versión' },
    ...{ sha256: 'SHA-256 del PDF emitido', credential: 'Credencial firmada (Open Badges 3.0)' },
    check: 'Compruebe su copia',
    checkHelp: 'Elija el PDF: su huella se calcula en su navegador, no se envía nada.',
    ...{
      match: 'Coincide: es el archivo emitido.',
      noMatch: 'No coincide: no es el archivo emitido.',
    },
    ...{ revokedAt: 'Revocado el', reason: 'Motivo', deletedAt: 'Retirado el' },
  },
  fr: {
    number: 'Certificat n°',
    ...{ title: 'Vérification du certificat', notFound: 'Certificat introuvable' },
    notFoundText: 'Aucun certificat n’a cette adresse de vérification.',
    status: {
      ...{ valid: 'Valide', revoked: 'Révoqué', expired: 'Expiré' },
      ...{ deleted: 'Plus valide : remplacé ou retiré', erased: 'Effacé' },
    },
    ...{ learner: 'Décerné à', training: 'Formation', issuer: 'Délivré par' },
    ...{ issuedAt: 'Délivré le', completedAt: 'Terminé le', validUntil: 'Valide jusqu’au' },
    ...{ noExpiry: 'Sans expiration', template: 'Modèle', version: 'version' },
    ...{ sha256: 'SHA-256 du PDF délivré', credential: 'Attestation signée (Open Badges 3.0)' },
    check: 'Vérifiez votre copie',
    checkHelp:
      'Choisissez le PDF : son empreinte est calculée dans votre navigateur, rien n’est envoyé.',
    ...{
      match: 'Concordance : c’est le fichier délivré.',
      noMatch: 'Aucune concordance : ce n’est pas le fichier délivré.',
    },
    ...{ revokedAt: 'Révoqué le', reason: 'Motif', deletedAt: 'Retiré le' },
  },
  de: {
    number: 'Zertifikat Nr.',
    ...{ title: 'Zertifikatsprüfung', notFound: 'Zertifikat nicht gefunden' },
    notFoundText: 'Kein Zertifikat hat diese Prüfadresse.',
    status: {
      ...{ valid: 'Gültig', revoked: 'Widerrufen', expired: 'Abgelaufen' },
      ...{ deleted: 'Nicht mehr gültig: ersetzt oder zurückgezogen', erased: 'Gelöscht' },
    },
    ...{ learner: 'Verliehen an', training: 'Schulung', issuer: 'Ausgestellt von' },
    ...{ issuedAt: 'Ausgestellt am', completedAt: 'Abgeschlossen am', validUntil: 'Gültig bis' },
    ...{ noExpiry: 'Unbefristet', template: 'Vorlage', version: 'Version' },
    ...{
      sha256: 'SHA-256 des ausgestellten PDF',
      credential: 'Signierter Nachweis (Open Badges 3.0)',
    },
    check: 'Ihre Kopie prüfen',
    checkHelp:
      'Wählen Sie das PDF: Der Fingerabdruck wird im Browser berechnet, nichts wird hochgeladen.',
    ...{
      match: 'Übereinstimmung: Das ist die ausgestellte Datei.',
      noMatch: 'Keine Übereinstimmung: Das ist nicht die ausgestellte Datei.',
    },
    ...{ revokedAt: 'Widerrufen am', reason: 'Grund', deletedAt: 'Zurückgezogen am' },
  },
  pt: {
    number: 'Certificado n.º',
    ...{ title: 'Verificação do certificado', notFound: 'Certificado não encontrado' },
    notFoundText: 'Nenhum certificado tem este endereço de verificação.',
    status: {
      ...{ valid: 'Válido', revoked: 'Revogado', expired: 'Expirado' },
      ...{ deleted: 'Já não é válido: substituído ou retirado', erased: 'Apagado' },
    },
    ...{ learner: 'Atribuído a', training: 'Formação', issuer: 'Emitido por' },
    ...{ issuedAt: 'Emitido em', completedAt: 'Concluído em', validUntil: 'Válido até' },
    ...{ noExpiry: 'Sem validade', template: 'Modelo', version: 'versão' },
    ...{ sha256: 'SHA-256 do PDF emitido', credential: 'Credencial assinada (Open Badges 3.0)' },
    check: 'Verifique a sua cópia',
    checkHelp: 'Escolha o PDF: a impressão digital é calculada no seu navegador, nada é enviado.',
    ...{
      match: 'Corresponde: é o ficheiro emitido.',
      noMatch: 'Não corresponde: não é o ficheiro emitido.',
    },
    ...{ revokedAt: 'Revogado em', reason: 'Motivo', deletedAt: 'Retirado em' },
  },
  it: {
    number: 'Attestato n.',
    ...{ title: 'Verifica del certificato', notFound: 'Certificato non trovato' },
    notFoundText: 'Nessun certificato ha questo indirizzo di verifica.',
    status: {
      ...{ valid: 'Valido', revoked: 'Revocato', expired: 'Scaduto' },
      ...{ deleted: 'Non più valido: sostituito o ritirato', erased: 'Cancellato' },
    },
    ...{ learner: 'Conferito a', training: 'Formazione', issuer: 'Rilasciato da' },
    ...{ issuedAt: 'Rilasciato il', completedAt: 'Completato il', validUntil: 'Valido fino al' },
    ...{ noExpiry: 'Senza scadenza', template: 'Modello', version: 'versione' },
    ...{
      sha256: 'SHA-256 del PDF rilasciato',
      credential: 'Credenziale firmata (Open Badges 3.0)',
    },
    check: 'Verifica la tua copia',
    checkHelp: 'Scegli il PDF: l’impronta è calcolata nel browser, nulla viene caricato.',
    ...{
      match: 'Corrisponde: è il file rilasciato.',
      noMatch: 'Non corrisponde: non è il file rilasciato.',
    },
    ...{ revokedAt: 'Revocato il', reason: 'Motivo', deletedAt: 'Ritirato il' },
  },
};

/** `?lang=` when it names one of the six languages; else the certificate's own, else English. */
export function pageLanguage(requested: unknown, certificateLanguage: string): PageLanguage {
  const known = (value: unknown): value is PageLanguage =>
    typeof value === 'string' && (PAGE_LANGUAGES as readonly string[]).includes(value);
  if (known(requested)) return requested;
  const own = certificateLanguage.slice(0, 2).toLowerCase();
  return known(own) ? own : 'en';
}
