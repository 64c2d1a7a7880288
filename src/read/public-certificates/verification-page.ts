import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import { LINEAGE_LABELS } from './lineage-labels';
import { SHARING_LABELS } from './sharing-labels';
import type { PublicCertificate } from './public-certificate';
import { LABELS, type PageLanguage } from './verification-labels';

const escape = (value: string) => Handlebars.Utils.escapeExpression(value);

// Contrast: text #1a1a1a on white (17:1), status colours on white all above 4.5:1.
const STYLE = `
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
.status{font-size:1.25rem;font-weight:700;padding:.5rem .75rem;border:2px solid;border-radius:.25rem}
.badge{float:right;width:8rem;height:auto;margin:0 0 1rem 1rem}
.share a,.share button{margin-right:1rem}
form{margin:1rem 0}input,button{font:inherit}
.valid{color:#0b6b2e}.revoked,.deleted,.erased{color:#a11212}.expired{color:#8a4b00}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
code{font-size:.85rem;overflow-wrap:anywhere}
a{color:#0645ad}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
`;

const SCRIPT = `
document.getElementById('check').hidden=false;
document.getElementById('pdf').addEventListener('change',async function(e){
var out=document.getElementById('result'),f=e.target.files[0];if(!f)return;
var d=new Uint8Array(await crypto.subtle.digest('SHA-256',await f.arrayBuffer()));
var h=Array.from(d,function(b){return b.toString(16).padStart(2,'0')}).join('');
var ok=h===out.dataset.sha256;out.textContent=ok?out.dataset.match:out.dataset.noMatch;
out.className=ok?'valid':'revoked';});
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Only this page's own inline style and script run; nothing else may load or be framed. */
export const VERIFICATION_PAGE_CSP = [
  "default-src 'none'",
  `style-src ${hash(STYLE)}`,
  `script-src ${hash(SCRIPT)}`,
  "base-uri 'none'",
  "img-src 'self'",
  // The "valid on a day" form reloads this page with `?on=`: it works without JavaScript.
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function page(language: PageLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

export function notFoundPage(language: PageLanguage): string {
  const labels = LABELS[language];
  return page(
    language,
    labels.notFound,
    `<h1>${labels.notFound}</h1><p>${labels.notFoundText}</p>`,
  );
}

/** Links to the certificate it renews and the one that renewed it; the answer for `?on=`. */
function lineageRows(language: PageLanguage, c: PublicCertificate): string[] {
  const labels = LINEAGE_LABELS[language];
  const link = (id: string) =>
    `<a href="${escape(c.verificationUrl.replace(/[^/]+$/, encodeURIComponent(id)))}">${escape(id)}</a>`;
  const row = (label: string, value: string) => `<dt>${label}</dt><dd>${value}</dd>`;
  return [
    ...(c.renews ? [row(labels.renews, link(c.renews))] : []),
    ...(c.renewedBy ? [row(labels.renewedBy, link(c.renewedBy))] : []),
    ...(c.validOn
      ? [
          row(
            `${labels.validOn} ${c.validOn.date}`,
            `<span id="valid-on" class="${c.validOn.valid ? 'valid' : 'revoked'}">${labels.validOnAnswer[c.validOn.reason]}</span>`,
          ),
        ]
      : []),
  ];
}

/**
 * The baked badge, the LinkedIn link, and a plain GET form that reloads the page with `?on=`
 * (and the language shown), so asking about a day needs no JavaScript.
 */
function sharing(language: PageLanguage, c: PublicCertificate): { badge: string; after: string } {
  const labels = SHARING_LABELS[language];
  const badge = c.badgeUrl
    ? `<a href="${escape(c.badgeUrl)}"><img class="badge" id="badge" src="${escape(c.badgeUrl)}" alt="${escape(labels.badgeAlt)}" width="128" height="128"></a>`
    : '';
  const links = [
    `<a id="linkedin" href="${escape(c.linkedInUrl)}" rel="noopener noreferrer">${labels.linkedIn}</a>`,
    ...(c.badgeUrl ? [`<a href="${escape(c.badgeUrl)}" download>${labels.badge}</a>`] : []),
  ];
  const form = `<form id="valid-on-form" method="get" action="">
<input type="hidden" name="lang" value="${language}">
<label for="on">${labels.askDay} ${labels.day}</label><br>
<input type="date" id="on" name="on" required pattern="\\d{4}-\\d{2}-\\d{2}" placeholder="YYYY-MM-DD" value="${c.validOn ? escape(c.validOn.date) : ''}">
<button type="submit">${labels.ask}</button></form>`;
  return { badge, after: `<p class="share">${links.join('')}</p>${form}` };
}

/** Everything shown is escaped: names and titles are user input. */
export function verificationPage(language: PageLanguage, certificate: PublicCertificate): string {
  const labels = LABELS[language];
  const date = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  const row = (label: string, value: string) => `<dt>${label}</dt><dd>${value}</dd>`;
  const c = certificate;
  const rows = [
    ...(c.number !== null ? [row(labels.number, escape(c.number))] : []),
    row(labels.learner, escape(c.learner?.name ?? '—')),
    row(labels.training, escape(c.training.title)),
    row(labels.issuer, escape(c.issuer.name)),
    row(labels.issuedAt, date(c.issuedAt)),
    ...(c.completedAt ? [row(labels.completedAt, date(c.completedAt))] : []),
    row(labels.validUntil, c.validUntil ? date(c.validUntil) : labels.noExpiry),
    ...(c.revokedAt ? [row(labels.revokedAt, date(c.revokedAt))] : []),
    ...(c.revocationReason ? [row(labels.reason, escape(c.revocationReason))] : []),
    ...(c.deletedAt ? [row(labels.deletedAt, date(c.deletedAt))] : []),
    row(labels.template, `${escape(c.template.title)}, ${labels.version} ${c.template.version}`),
    row(labels.sha256, `<code id="sha256">${c.file.sha256}</code>`),
    ...lineageRows(language, c),
  ];
  const credential = c.credentialUrl
    ? `<p><a href="${escape(c.credentialUrl)}">${labels.credential}</a></p>`
    : '';
  const check = `<section id="check" hidden><h2>${labels.check}</h2>
<label for="pdf">${labels.checkHelp}</label><br><input type="file" id="pdf" accept="application/pdf,.pdf">
<p id="result" role="status" aria-live="polite" data-sha256="${c.file.sha256}"
 data-match="${escape(labels.match)}" data-no-match="${escape(labels.noMatch)}"></p></section>`;
  const shared = sharing(language, c);
  const body = `<h1>${labels.title}</h1>
<p class="status ${c.status}" id="status">${labels.status[c.status]}</p>
${shared.badge}<h2>${escape(c.training.title)}</h2><dl>${rows.join('')}</dl>${credential}${shared.after}${check}
<script>${SCRIPT}</script>`;
  return page(language, `${labels.title}: ${c.training.title}`, body);
}
