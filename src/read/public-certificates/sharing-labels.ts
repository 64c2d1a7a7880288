import type { PageLanguage } from './verification-labels';

/** The page's words for sharing the certificate and for asking about a day. */
export interface SharingLabels {
  readonly linkedIn: string;
  readonly badge: string;
  readonly badgeAlt: string;
  readonly askDay: string;
  readonly day: string;
  readonly ask: string;
}

export const SHARING_LABELS: Record<PageLanguage, SharingLabels> = {
  en: {
    ...{ linkedIn: 'Add to LinkedIn profile', badge: 'Open Badge (PNG with the credential)' },
    ...{ badgeAlt: 'Badge image of this certificate', askDay: 'Was it valid on a given day?' },
    ...{ day: 'Day (UTC)', ask: 'Check' },
  },
  es: {
    ...{ linkedIn: 'Añadir al perfil de LinkedIn', badge: 'Open Badge (PNG con la credencial)' },
    ...{ badgeAlt: 'Imagen de insignia de este certificado', askDay: '¿Era válido un día dado?' },
    ...{ day: 'Día (UTC)', ask: 'Comprobar' },
  },
  fr: {
    ...{ linkedIn: 'Ajouter au profil LinkedIn', badge: 'Open Badge (PNG avec l’attestation)' },
    ...{ badgeAlt: 'Image du badge de ce certificat', askDay: 'Était-il valide un jour donné ?' },
    ...{ day: 'Jour (UTC)', ask: 'Vérifier' },
  },
  de: {
    ...{ linkedIn: 'Zum LinkedIn-Profil hinzufügen', badge: 'Open Badge (PNG mit dem Nachweis)' },
    ...{ badgeAlt: 'Badge-Bild dieses Zertifikats', askDay: 'War es an einem Tag gültig?' },
    ...{ day: 'Tag (UTC)', ask: 'Prüfen' },
  },
  pt: {
    ...{ linkedIn: 'Adicionar ao perfil do LinkedIn', badge: 'Open Badge (PNG com a credencial)' },
    ...{ badgeAlt: 'Imagem do emblema deste certificado', askDay: 'Era válido num dado dia?' },
    ...{ day: 'Dia (UTC)', ask: 'Verificar' },
  },
  it: {
    ...{ linkedIn: 'Aggiungi al profilo LinkedIn', badge: 'Open Badge (PNG con la credenziale)' },
    ...{
      badgeAlt: 'Immagine del badge di questo attestato',
      askDay: 'Era valido in un dato giorno?',
    },
    ...{ day: 'Giorno (UTC)', ask: 'Verifica' },
  },
};
