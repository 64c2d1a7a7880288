import { type AttributeKind, attributeKind, ELEMENTS, TEXT_ONLY_ELEMENTS } from './svg-allowlist';
import { cssDeclarationsProblem, cssSheetProblem, cssValueProblem } from './svg-css';
import { decodeReferences, normalised, shown } from './svg-text';

/**
 * Why an SVG logo is refused, or null when it is safe to show wherever it ends up: as an image,
 * opened on its own, or its markup pasted into an HTML page. Refuses rather than cleans: a logo is
 * uploaded once, by an admin, who can fix it; a sanitiser that misses a trick would publish it on
 * every certificate and public page.
 *
 * An allowlist (svg-allowlist.ts): only SVG drawing elements, their attributes, and CSS
 * properties with values of the forms they take (svg-css.ts). No reference leaves the logo:
 * `href` and `xlink:href` name a fragment of it (`#id`), CSS `url()` only such a fragment, and
 * CSS functions other than colours, transforms and calc() are refused (`image-set()`,
 * `expression()`, …). Markup that an XML and an HTML parser could read differently is refused
 * too: a DOCTYPE, processing instructions, prefixed (non-SVG) elements, comments holding `<`,
 * `>`, `!` or `--`, CDATA anywhere but in `<style>` or holding `<`, and anything this checker
 * cannot read as well-formed XML.
 */
export function unsafeSvgReason(svg: string): string | null {
  // Only a fragment reference is allowed anywhere a URL could be, so a script URL is never
  // needed; refusing it in text too costs nothing.
  if (/(?:java|vb)script:/.test(normalised(svg))) return 'the SVG contains a javascript: URL';
  return scanMarkup(svg);
}

const START_TAG =
  /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const XML_DECLARATION = /^\uFEFF?\s*<\?xml\s[^?<>]*\?>/;
/** A comment an HTML parser ends where XML does: no `<`, `>`, `!`, `--`, no `-` at either end. */
const PLAIN_COMMENT = /^(?:[^<>!-]|-(?=[^<>!-]))*$/;

interface Open {
  readonly name: string;
  /** What a <style> element holds so far: its text and CDATA. */
  css: string;
}

/** Walks every tag, comment, CDATA section and piece of text; why it is refused, or null. */
function scanMarkup(svg: string): string | null {
  const open: Open[] = [];
  let root: string | undefined;
  let at = XML_DECLARATION.exec(svg)?.[0].length ?? 0;
  for (;;) {
    const next = svg.indexOf('<', at);
    const parent = open.at(-1);
    if (parent?.name === 'style') parent.css += decodeReferences(svg.slice(at, next));
    if (next === -1) break;
    if (svg.startsWith('<!--', next)) {
      const end = svg.indexOf('-->', next + 4);
      if (end === -1) return 'the SVG has an unterminated comment';
      if (!PLAIN_COMMENT.test(svg.slice(next + 4, end)))
        return 'the SVG has a comment holding <, >, ! or --';
      at = end + 3;
    } else if (svg.startsWith('<![CDATA[', next)) {
      const end = svg.indexOf(']]>', next + 9);
      if (end === -1) return 'the SVG has an unterminated CDATA section';
      if (parent?.name !== 'style') return 'the SVG has a CDATA section outside <style>';
      const content = svg.slice(next + 9, end);
      if (content.includes('<')) return 'the SVG has a CDATA section holding <';
      parent.css += content;
      at = end + 3;
    } else if (svg.startsWith('<!', next)) {
      return 'the SVG declares a DOCTYPE or entities';
    } else if (svg.startsWith('<?', next)) {
      return 'the SVG contains a processing instruction';
    } else if (svg.startsWith('</', next)) {
      END_TAG.lastIndex = next;
      const tag = END_TAG.exec(svg);
      if (!tag || !parent || tag[1] !== parent.name) return 'the SVG is not well-formed';
      open.pop();
      if (parent.name === 'style') {
        const refused = cssSheetProblem(parent.css);
        if (refused) return refused;
      }
      at = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = next;
      const tag = START_TAG.exec(svg);
      if (!tag) return 'the SVG is not well-formed';
      const name = tag[1]!;
      if (root === undefined && name !== 'svg')
        return 'the logo is not an SVG document (its root is not <svg>)';
      if (root !== undefined && open.length === 0) return 'the SVG has more than one root element';
      root = 'svg';
      if (parent && TEXT_ONLY_ELEMENTS.has(parent.name))
        return `the SVG has an element inside <${parent.name}>, which holds text only`;
      const refused = unsafeElement(name, tag[2]!);
      if (refused) return refused;
      if (tag[3] !== '/') open.push({ name, css: '' });
      at = START_TAG.lastIndex;
    }
  }
  if (root === undefined) return 'the logo is not an SVG document (its root is not <svg>)';
  if (open.length > 0) return 'the SVG is not well-formed';
  return null;
}

function unsafeElement(name: string, attributes: string): string | null {
  // Element names are case-sensitive in SVG; a prefix could bind another namespace (XHTML).
  if (!ELEMENTS.has(name)) return `the SVG contains a <${shown(localName(name))}> element`;
  for (const [, attribute = '', double, single] of attributes.matchAll(ATTRIBUTE)) {
    const refused = unsafeAttribute(attribute, decodeReferences(double ?? single ?? ''));
    if (refused) return refused;
  }
  return null;
}

function unsafeAttribute(name: string, value: string): string | null {
  if (localName(name).startsWith('on')) return `the SVG has an event handler (${shown(name)})`;
  const kind: AttributeKind | undefined = attributeKind(name);
  if (kind === undefined) return `the SVG has an attribute a logo may not have (${shown(name)})`;
  return valueProblem(kind, name, value);
}

function valueProblem(kind: AttributeKind, name: string, value: string): string | null {
  switch (kind.type) {
    case 'text':
      return null;
    case 'keyword':
      return /^[\w\s.,%+\-;#/]*$/.test(value)
        ? null
        : `the SVG has a value its ${shown(name)} attribute may not have (${shown(value)})`;
    case 'css':
      return cssValueProblem(value, name);
    case 'style':
      return cssDeclarationsProblem(value);
    case 'reference':
      return /^#[^\s"'()<>\\]+$/.test(value.trim())
        ? null
        : `the SVG refers to an external resource (${shown(name)})`;
    case 'namespace':
      return value === kind.uri
        ? null
        : `the SVG declares a namespace a logo may not use (${shown(name)}="${shown(value)}")`;
    case 'animated': {
      // <set attributeName="href" to="https://…"> would swap in an external reference later.
      const target = attributeKind(value.trim());
      if (target?.type === 'reference') return `the SVG animates a reference (${shown(value)})`;
      return target?.type === 'css' || target?.type === 'keyword'
        ? null
        : `the SVG animates an attribute it may not (${shown(value)})`;
    }
  }
}

/** Lower case, without a namespace prefix: `xlink:href` is `href`, `svg:script` is `script`. */
const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase();
