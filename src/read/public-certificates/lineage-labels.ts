import type { ValidOnReason } from '../../core/certificate-validity';
import type { PageLanguage } from './verification-labels';

/** The page's words for renewals and for "was it valid on that day". */
export interface LineageLabels {
  readonly renews: string;
  readonly renewedBy: string;
  readonly validOn: string;
  readonly validOnAnswer: Record<ValidOnReason, string>;
}

export const LINEAGE_LABELS: Record<PageLanguage, LineageLabels> = {
  en: {
    ...{ renews: 'Renews', renewedBy: 'Renewed by', validOn: 'Valid on' },
    validOnAnswer: {
      ...{ valid: 'Yes, all day', 'not-yet-issued': 'No: not issued yet' },
      ...{ expired: 'No: expired', revoked: 'No: revoked', deleted: 'No: withdrawn' },
      erased: 'No: erased',
    },
  },
  es: {
    ...{ renews: 'Renueva', renewedBy: 'Renovado por', validOn: 'Válido el' },
    validOnAnswer: {
      ...{ valid: 'Sí, todo el día', 'not-yet-issued': 'No: aún no emitido' },
      ...{ expired: 'No: caducado', revoked: 'No: revocado', deleted: 'No: retirado' },
      erased: 'No: borrado',
    },
  },
  fr: {
    ...{ renews: 'Renouvelle', renewedBy: 'Renouvelé par', validOn: 'Valide le' },
    validOnAnswer: {
      ...{ valid: 'Oui, toute la journée', 'not-yet-issued': 'Non : pas encore délivré' },
      ...{ expired: 'Non : expiré', revoked: 'Non : révoqué', deleted: 'Non : retiré' },
      erased: 'Non : effacé',
    },
  },
  de: {
    ...{ renews: 'Erneuert', renewedBy: 'Erneuert durch', validOn: 'Gültig am' },
    validOnAnswer: {
      ...{ valid: 'Ja, den ganzen Tag', 'not-yet-issued': 'Nein: noch nicht ausgestellt' },
      ...{
        expired: 'Nein: abgelaufen',
        revoked: 'Nein: widerrufen',
        deleted: 'Nein: zurückgezogen',
      },
      erased: 'Nein: gelöscht',
    },
  },
  pt: {
    ...{ renews: 'Renova', renewedBy: 'Renovado por', validOn: 'Válido em' },
    validOnAnswer: {
      ...{ valid: 'Sim, o dia todo', 'not-yet-issued': 'Não: ainda não emitido' },
      ...{ expired: 'Não: expirado', revoked: 'Não: revogado', deleted: 'Não: retirado' },
      erased: 'Não: apagado',
    },
  },
  it: {
    ...{ renews: 'Rinnova', renewedBy: 'Rinnovato da', validOn: 'Valido il' },
    validOnAnswer: {
      ...{ valid: 'Sì, tutto il giorno', 'not-yet-issued': 'No: non ancora emesso' },
      ...{ expired: 'No: scaduto', revoked: 'No: revocato', deleted: 'No: ritirato' },
      erased: 'No: cancellato',
    },
  },
};
