import Handlebars from 'handlebars';
import type { PageLanguage } from '../../read/public-certificates/verification-labels';
import { MAIL_WORDING, type MailKind } from './mail-wording';

/** What one mail says, as the templates need it; `name` only ever lives in the mail itself. */
export interface MailFacts {
  readonly kind: MailKind;
  readonly language: PageLanguage;
  readonly name: string;
  readonly training: string;
  readonly issuer: string;
  readonly number: string | null;
  readonly verificationUrl: string;
  /** The certificate's validUntil, for reminders and expiry. */
  readonly validUntil: string | null;
  /** The PDF goes with the mail. */
  readonly attached: boolean;
}

export interface MailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const TEXT = `{{greeting}}

{{message}}
{{#if attached}}{{attached}}
{{/if}}
{{#if number}}{{numberLabel}} {{number}}
{{/if}}{{verify}} {{verificationUrl}}

{{issuer}}
`;

const HTML = `<!doctype html>
<html lang="{{language}}">
<head><meta charset="utf-8"><title>{{subject}}</title></head>
<body style="margin:0;padding:24px;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff">
<div style="max-width:36rem;margin:0 auto">
<p>{{{greeting}}}</p>
<p>{{{message}}}</p>
{{#if attached}}<p>{{attached}}</p>
{{/if}}{{#if number}}<p>{{numberLabel}} <strong>{{number}}</strong></p>
{{/if}}<p>{{verify}} <a href="{{verificationUrl}}">{{verificationUrl}}</a></p>
<p style="color:#5b6275">{{issuer}}</p>
</div>
</body>
</html>
`;

// One environment of our own: the mails' helpers and partials never touch the certificates'.
const handlebars = Handlebars.create();
const compile = (source: string, escaped: boolean) =>
  handlebars.compile(source, { strict: true, noEscape: !escaped });
const text = compile(TEXT, false);
const html = compile(HTML, true);
const fragments = new Map<string, Handlebars.TemplateDelegate>();

/** One wording fragment, filled in: escaped for HTML, as it is for the subject and the text. */
function fill(fragment: string, values: object, escaped: boolean): string {
  const key = `${escaped ? 'h' : 't'}:${fragment}`;
  let template = fragments.get(key);
  if (!template) fragments.set(key, (template = compile(fragment, escaped)));
  return template(values);
}

const dateFormats = new Map<PageLanguage, Intl.DateTimeFormat>();

/** A day written out in the mail's language, as the certificate's UTC calendar has it. */
function longDate(iso: string, language: PageLanguage): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(new Date(iso));
}

/** The subject, text and HTML of one mail, in its language, from the templates above. */
export function composeMail(facts: MailFacts): MailContent {
  const wording = MAIL_WORDING[facts.language];
  const kind = wording.kinds[facts.kind];
  const values = {
    name: facts.name,
    training: facts.training,
    issuer: facts.issuer,
    date: facts.validUntil === null ? '' : longDate(facts.validUntil, facts.language),
  };
  const subject = fill(kind.subject, values, false);
  const common = {
    language: facts.language,
    subject,
    issuer: facts.issuer,
    attached: facts.attached ? wording.attached : null,
    numberLabel: wording.number,
    number: facts.number,
    verify: wording.verify,
    verificationUrl: facts.verificationUrl,
  };
  const filled = (escaped: boolean) => ({
    greeting: fill(wording.greeting, values, escaped),
    message: fill(kind.message, values, escaped),
  });
  return {
    subject,
    text: text({ ...common, ...filled(false) }),
    html: html({ ...common, ...filled(true) }),
  };
}
