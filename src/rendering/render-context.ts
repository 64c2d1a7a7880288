import Handlebars from 'handlebars';

/** The variables every template can use (SPEC §1). */
export interface CertificateVariables {
  readonly learner: { readonly name: string; readonly email: string };
  readonly training: { readonly title: string; readonly type: string };
  readonly completion: { readonly date: string; readonly score: number | null };
  readonly certificate: {
    readonly id: string;
    readonly issuedAt: string;
    readonly verificationUrl: string;
  };
  readonly tenant: { readonly name: string };
  readonly locale: string;
}

export interface CertificateFacts {
  readonly learner: { readonly name: string; readonly email: string };
  readonly training: { readonly title: string; readonly type: string };
  readonly completedAt: Date;
  readonly score: number | null;
  readonly certificateId: string;
  readonly issuedAt: Date;
  readonly verificationUrl: string;
  readonly tenantName: string;
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
      issuedAt: formatDate(facts.issuedAt, language),
      verificationUrl: facts.verificationUrl,
    },
    tenant: { name: facts.tenantName },
    locale: language,
  };
}

/**
 * Every string becomes an already-escaped SafeString, so learner data is escaped even where a
 * template uses the triple-stash `{{{ }}}` that would otherwise insert raw HTML.
 */
export function escapedForTemplate(value: unknown): unknown {
  if (typeof value === 'string')
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
    issuedAt: now,
    verificationUrl: 'https://certificates.example/verify/00000000-0000-0000-0000-000000000000',
    tenantName: 'Example Academy',
  };
}
