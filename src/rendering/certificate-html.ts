import Handlebars from 'handlebars';
import type { TemplateContent } from '../events/template.events';
import {
  type CertificateVariables,
  certificateVariables,
  escapedForTemplate,
  sampleFacts,
} from './render-context';

/**
 * Nothing may leave the page: no script, no network, no files. Only inline styles and
 * `data:` images and fonts load. The renderer also disables JavaScript and blocks requests;
 * this is the layer that holds even if one of those fails.
 */
export const RENDER_CSP =
  "default-src 'none'; style-src 'unsafe-inline' data:; img-src data:; font-src data:; script-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

const handlebars = Handlebars.create();

/** Compiled templates by their HTML: compiling a classic template costs more than rendering it. */
const compiled = new Map<string, HandlebarsTemplateDelegate>();
const COMPILED_KEPT = 64;

function compile(html: string): HandlebarsTemplateDelegate {
  let render = compiled.get(html);
  if (!render) {
    render = handlebars.compile(html, { knownHelpersOnly: true, strict: false });
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
    compiled.set(html, render);
  }
  return render;
}

/** The full HTML document of a certificate: the template's body, its CSS and page settings. */
export function certificateHtml(content: TemplateContent, variables: CertificateVariables): string {
  const body = compile(content.html)(escapedForTemplate(variables), {
    allowProtoPropertiesByDefault: false,
    allowProtoMethodsByDefault: false,
  });
  const { size, orientation } = content.page;
  return `<!doctype html>
<html lang="${Handlebars.escapeExpression(variables.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${RENDER_CSP}">
<style>@page { size: ${size} ${orientation}; margin: 0; } html, body { margin: 0; }</style>
<style>${content.css.replaceAll('</', '<\\/')}</style>
</head>
<body>${body}</body>
</html>`;
}

/**
 * Why a template would not render, or null when it does: it is compiled and rendered with sample
 * data (unknown helpers, partials and syntax errors all fail here), so a version that cannot
 * render is refused when it is published rather than when a learner asks for a certificate.
 */
export function templateProblem(html: string): string | null {
  try {
    handlebars.compile(html, { knownHelpersOnly: true, strict: false })(
      escapedForTemplate(certificateVariables(sampleFacts(new Date(0)), 'en')),
    );
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0]! : 'The template does not compile';
  }
}
