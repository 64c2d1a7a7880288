import type { PageLanguage } from '../../read/public-certificates/verification-labels';

/** What a mail tells the learner: their certificate is ready, expiring, expired or revoked. */
export type MailKind = 'ready' | 'expiring' | 'expired' | 'revoked';

/**
 * The words of one mail kind. Each is a Handlebars fragment over `training`, `issuer` and
 * `date` (the day it expires or expired, written out in the mail's language).
 */
export interface KindWording {
  readonly subject: string;
  readonly message: string;
}

export interface MailWording {
  readonly greeting: string;
  readonly kinds: Record<MailKind, KindWording>;
  /** Under a ready mail whose PDF is attached. */
  readonly attached: string;
  readonly number: string;
  readonly verify: string;
}

/** The mails' words in the six languages of the classic certificates (else English). */
export const MAIL_WORDING: Record<PageLanguage, MailWording> = {
  en: {
    greeting: 'Hello {{name}},',
    kinds: {
      ready: {
        subject: 'Your certificate for {{training}} is ready',
        message: 'Your certificate for “{{training}}” from {{issuer}} is ready.',
      },
      expiring: {
        subject: 'Your certificate for {{training}} expires on {{date}}',
        message: 'Your certificate for “{{training}}” from {{issuer}} expires on {{date}}.',
      },
      expired: {
        subject: 'Your certificate for {{training}} has expired',
        message: 'Your certificate for “{{training}}” from {{issuer}} expired on {{date}}.',
      },
      revoked: {
        subject: 'Your certificate for {{training}} was revoked',
        message: 'Your certificate for “{{training}}” from {{issuer}} was revoked.',
      },
    },
    attached: 'The certificate is attached as a PDF.',
    number: 'Certificate no.',
    verify: 'Anyone can check it at',
  },
  fr: {
    greeting: 'Bonjour {{name}},',
    kinds: {
      ready: {
        subject: 'Votre certificat pour {{training}} est prêt',
        message: 'Votre certificat pour « {{training}} » délivré par {{issuer}} est prêt.',
      },
      expiring: {
        subject: 'Votre certificat pour {{training}} expire le {{date}}',
        message:
          'Votre certificat pour « {{training}} » délivré par {{issuer}} expire le {{date}}.',
      },
      expired: {
        subject: 'Votre certificat pour {{training}} a expiré',
        message:
          'Votre certificat pour « {{training}} » délivré par {{issuer}} a expiré le {{date}}.',
      },
      revoked: {
        subject: 'Votre certificat pour {{training}} a été révoqué',
        message: 'Votre certificat pour « {{training}} » délivré par {{issuer}} a été révoqué.',
      },
    },
    attached: 'Le certificat est joint en PDF.',
    number: 'Certificat n°',
    verify: 'Chacun peut le vérifier à l’adresse',
  },
  de: {
    greeting: 'Hallo {{name}},',
    kinds: {
      ready: {
        subject: 'Ihr Zertifikat für {{training}} ist fertig',
        message: 'Ihr Zertifikat für „{{training}}“ von {{issuer}} ist fertig.',
      },
      expiring: {
        subject: 'Ihr Zertifikat für {{training}} läuft am {{date}} ab',
        message: 'Ihr Zertifikat für „{{training}}“ von {{issuer}} läuft am {{date}} ab.',
      },
      expired: {
        subject: 'Ihr Zertifikat für {{training}} ist abgelaufen',
        message: 'Ihr Zertifikat für „{{training}}“ von {{issuer}} ist am {{date}} abgelaufen.',
      },
      revoked: {
        subject: 'Ihr Zertifikat für {{training}} wurde widerrufen',
        message: 'Ihr Zertifikat für „{{training}}“ von {{issuer}} wurde widerrufen.',
      },
    },
    attached: 'Das Zertifikat ist als PDF angehängt.',
    number: 'Zertifikat Nr.',
    verify: 'Jeder kann es prüfen unter',
  },
  es: {
    greeting: 'Hola, {{name}}:',
    kinds: {
      ready: {
        subject: 'Su certificado de {{training}} está listo',
        message: 'Su certificado de «{{training}}» emitido por {{issuer}} está listo.',
      },
      expiring: {
        subject: 'Su certificado de {{training}} caduca el {{date}}',
        message: 'Su certificado de «{{training}}» emitido por {{issuer}} caduca el {{date}}.',
      },
      expired: {
        subject: 'Su certificado de {{training}} ha caducado',
        message: 'Su certificado de «{{training}}» emitido por {{issuer}} caducó el {{date}}.',
      },
      revoked: {
        subject: 'Su certificado de {{training}} ha sido revocado',
        message: 'Su certificado de «{{training}}» emitido por {{issuer}} ha sido revocado.',
      },
    },
    attached: 'El certificado va adjunto en PDF.',
    number: 'Certificado n.º',
    verify: 'Cualquiera puede comprobarlo en',
  },
  pt: {
    greeting: 'Olá, {{name}},',
    kinds: {
      ready: {
        subject: 'O seu certificado de {{training}} está pronto',
        message: 'O seu certificado de «{{training}}» emitido por {{issuer}} está pronto.',
      },
      expiring: {
        subject: 'O seu certificado de {{training}} expira em {{date}}',
        message: 'O seu certificado de «{{training}}» emitido por {{issuer}} expira em {{date}}.',
      },
      expired: {
        subject: 'O seu certificado de {{training}} expirou',
        message: 'O seu certificado de «{{training}}» emitido por {{issuer}} expirou em {{date}}.',
      },
      revoked: {
        subject: 'O seu certificado de {{training}} foi revogado',
        message: 'O seu certificado de «{{training}}» emitido por {{issuer}} foi revogado.',
      },
    },
    attached: 'O certificado segue em anexo em PDF.',
    number: 'Certificado n.º',
    verify: 'Qualquer pessoa o pode verificar em',
  },
  it: {
    greeting: 'Gentile {{name}},',
    kinds: {
      ready: {
        subject: 'Il suo certificato per {{training}} è pronto',
        message: 'Il suo certificato per «{{training}}» rilasciato da {{issuer}} è pronto.',
      },
      expiring: {
        subject: 'Il suo certificato per {{training}} scade il {{date}}',
        message:
          'Il suo certificato per «{{training}}» rilasciato da {{issuer}} scade il {{date}}.',
      },
      expired: {
        subject: 'Il suo certificato per {{training}} è scaduto',
        message:
          'Il suo certificato per «{{training}}» rilasciato da {{issuer}} è scaduto il {{date}}.',
      },
      revoked: {
        subject: 'Il suo certificato per {{training}} è stato revocato',
        message: 'Il suo certificato per «{{training}}» rilasciato da {{issuer}} è stato revocato.',
      },
    },
    attached: 'Il certificato è allegato in PDF.',
    number: 'Certificato n.',
    verify: 'Chiunque può verificarlo all’indirizzo',
  },
};
