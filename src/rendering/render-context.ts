import Handlebars from 'handlebars';
import { qrCodeDataUri } from './qr-code';
import { SAMPLE_LOGO } from './sample-logo';

/** The variables every template can use (SPEC §1). */
export interface CertificateVariables {
  readonly learner: { readonly name: string; readonly email: string };
  readonly training: { readonly title: string; readonly type: string };
  readonly completion: { readonly date: string; readonly score: number | null };
  readonly certificate: {
    readonly id: string;
    /** The certificate's number in its tenant: `<prefix>-<year>-<sequence>`. */
    readonly number: string;
    readonly issuedAt: string;
    readonly verificationUrl: string;
    /** An SVG `data:` URI of a QR code that encodes the verification URL. */
    readonly qrCode: string;
    /** The last day the certificate is valid, as a date in the template's language, or ''. */
    readonly validUntil: string;
  };
  /** The issuer: its profile's name, web address and logo (`data:` URI), '' when not given. */
  readonly tenant: { readonly name: string; readonly url: string; readonly logo: string };
  readonly locale: string;
}

/** Who issues the certificate: the tenant's issuer profile, or just its id until it has one. */
export interface IssuerFacts {
  readonly name: string;
  readonly url?: string;
  /** A `data:image/…;base64,` URI; anything else is left out of the page. */
  readonly logo?: string;
}

export interface CertificateFacts {
  readonly learner: { readonly name: string; readonly email: string };
  readonly training: { readonly title: string; readonly type: string };
  readonly completedAt: Date;
  readonly score: number | null;
  readonly certificateId: string;
  readonly number: string;
  readonly issuedAt: Date;
  readonly verificationUrl: string;
  readonly issuer: IssuerFacts;
  /** When the certificate stops being valid, or null when it does not expire. */
  readonly validUntil: Date | null;
}

/** Dates as people of the template's language write them, in UTC. */
export function formatDate(date: Date, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

export function certificateVariables(
  facts: CertificateFacts,
  language: string,
): CertificateVariables {
  return {
    learner: facts.learner,
    training: facts.training,
    completion: { date: formatDate(facts.completedAt, language), score: facts.score },
    certificate: {
      id: facts.certificateId,
      number: facts.number,
      issuedAt: formatDate(facts.issuedAt, language),
      verificationUrl: facts.verificationUrl,
      qrCode: qrCodeDataUri(facts.verificationUrl),
      validUntil: facts.validUntil ? formatDate(facts.validUntil, language) : '',
    },
    tenant: {
      name: facts.issuer.name,
      url: facts.issuer.url ?? '',
      logo: imageDataUri(facts.issuer.logo),
    },
    locale: language,
  };
}

/** Only base64 image data URIs reach an `<img src>`: the page must not be led to load anything else. */
const IMAGE_DATA_URI = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

function imageDataUri(uri: string | undefined): string {
  return uri !== undefined && IMAGE_DATA_URI.test(uri) ? uri : '';
}

/**
 * Every string becomes an already-escaped SafeString, so learner data is escaped even where a
 * template uses the triple-stash `{{{ }}}` that would otherwise insert raw HTML.
 */
export function escapedForTemplate(value: unknown): unknown {
  // An empty string stays falsy, so `{{#if tenant.logo}}` leaves out what was not given.
  if (typeof value === 'string' && value !== '')
    return new Handlebars.SafeString(Handlebars.escapeExpression(value));
  if (Array.isArray(value)) return value.map(escapedForTemplate);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, escapedForTemplate(inner)]),
    );
  return value;
}

/** Sample data for previews, with letters from several scripts to show the fonts work. */
export function sampleFacts(now: Date): CertificateFacts {
  return {
    learner: { name: 'Zoë Ångström-Núñez', email: 'zoe@example.com' },
    training: { title: 'Workplace Safety Essentials', type: 'course' },
    completedAt: now,
    score: 96,
    certificateId: '00000000-0000-0000-0000-000000000000',
    number: `EXAMPLE-${now.getUTCFullYear()}-000042`,
    issuedAt: now,
    verificationUrl: 'https://certificates.example/verify/00000000-0000-0000-0000-000000000000',
    issuer: { name: 'Example Academy', url: 'https://academy.example', logo: SAMPLE_LOGO },
    validUntil: new Date(Date.UTC(now.getUTCFullYear() + 2, now.getUTCMonth(), now.getUTCDate())),
  };
}
