/**
 * Why an SVG logo is refused, or null when it is safe to show. Refuses rather than cleans: a
 * logo is uploaded once, by an admin, who can fix it; a sanitiser that misses a trick would
 * publish it on every certificate and public page. Refused: a DOCTYPE or entity declaration,
 * processing instructions (`<?xml-stylesheet …?>`), scripts and the elements that embed other
 * documents, `on…` event-handler attributes, `javascript:` (or `vbscript:`) anywhere, CSS
 * `@import` and `expression(`, and every reference (href, src, url()) to anything but a
 * fragment of the logo itself (`#…`) or an embedded raster image (`data:image/png|jpeg|gif|webp`).
 * Markup this checker cannot read as well-formed XML tags is refused too.
 */
export function unsafeSvgReason(svg: string): string | null {
  const markup = scanMarkup(svg);
  if (typeof markup === 'string') return markup;
  if (markup.root !== 'svg') return 'the logo is not an SVG document (its root is not <svg>)';
  const text = normalised(svg);
  if (/(?:java|vb)script:/.test(text)) return 'the SVG contains a javascript: URL';
  if (text.includes('@import')) return 'the SVG imports a style sheet';
  if (text.includes('expression(')) return 'the SVG contains a CSS expression';
  for (const target of urlsIn(text))
    if (!isInternal(target))
      return `the SVG refers to an external resource (url(${shown(target)}))`;
  return null;
}

/** Elements that run code or embed another document. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  'audio',
  'video',
  'frame',
  'frameset',
  'applet',
  'meta',
  'link',
  'base',
]);

const REFERENCES = new Set(['href', 'src']);

const START_TAG =
  /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const XML_DECLARATION = /^\uFEFF?\s*<\?xml\s[^?]*\?>/;

/** Walks every tag; the first start tag's local name, or why the markup is refused. */
function scanMarkup(svg: string): { root: string | null } | string {
  let root: string | null = null;
  let at = XML_DECLARATION.exec(svg)?.[0].length ?? 0;
  for (let next = svg.indexOf('<', at); next !== -1; next = svg.indexOf('<', at)) {
    if (svg.startsWith('<!--', next)) {
      const end = svg.indexOf('-->', next + 4);
      if (end === -1) return 'the SVG has an unterminated comment';
      at = end + 3;
    } else if (svg.startsWith('<![CDATA[', next)) {
      const end = svg.indexOf(']]>', next + 9);
      if (end === -1) return 'the SVG has an unterminated CDATA section';
      at = end + 3;
    } else if (svg.startsWith('<!', next)) {
      return 'the SVG declares a DOCTYPE or entities';
    } else if (svg.startsWith('<?', next)) {
      return 'the SVG contains a processing instruction';
    } else if (svg.startsWith('</', next)) {
      END_TAG.lastIndex = next;
      if (!END_TAG.exec(svg)) return 'the SVG is not well-formed';
      at = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = next;
      const tag = START_TAG.exec(svg);
      if (!tag) return 'the SVG is not well-formed';
      at = START_TAG.lastIndex;
      const element = localName(tag[1]!);
      root ??= element;
      // Stryker disable next-line StringLiteral: a matched group is always there; for the type checker
      const refused = unsafeElement(element, tag[2] ?? '');
      if (refused) return refused;
    }
  }
  return { root };
}

function unsafeElement(element: string, attributes: string): string | null {
  if (FORBIDDEN_ELEMENTS.has(element)) return `the SVG contains a <${shown(element)}> element`;
  // Stryker disable next-line StringLiteral: a matched group is always there; for the type checker
  for (const [, name = '', double, single] of attributes.matchAll(ATTRIBUTE)) {
    const attribute = localName(name);
    // Stryker disable next-line StringLiteral: one of the two groups always matched
    const value = decodeReferences(double ?? single ?? '');
    if (attribute.startsWith('on')) return `the SVG has an event handler (${shown(name)})`;
    if (REFERENCES.has(attribute) && !isInternal(value.trim()))
      return `the SVG refers to an external resource (${shown(name)})`;
    // <set attributeName="href" to="https://…"> would swap in an external reference later.
    if (attribute === 'attributename' && REFERENCES.has(localName(value.trim())))
      return `the SVG animates a reference (${shown(value)})`;
  }
  return null;
}

/** A piece of the refused logo, short enough for an error message. */
const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Lower case, without a namespace prefix: `xlink:href` is `href`, `svg:script` is `script`. */
const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase();

/** A fragment of the document itself, or an embedded raster image (no nested SVG). */
function isInternal(target: string): boolean {
  return target.startsWith('#') || /^data:image\/(?:png|jpeg|gif|webp)[;,]/i.test(target);
}

/** url(…) targets in CSS (style elements and attributes, presentation attributes). */
function urlsIn(text: string): string[] {
  // Stryker disable next-line StringLiteral: a matched group is always there; for the type checker
  return [...text.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)?/g)].map((match) => match[2] ?? '');
}

/**
 * The document as a browser would read URLs and CSS in it: character references decoded, CSS
 * escapes decoded, white space and control characters gone (browsers drop them from URL
 * schemes: `java&#9;script:` runs), lower case.
 */
function normalised(svg: string): string {
  return [...decodeCssEscapes(decodeReferences(svg)).toLowerCase()]
    .filter((char) => !isBlankOrControl(char))
    .join('');
}

const isBlankOrControl = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  // Stryker disable next-line EqualityOperator: the space (0x20) is also caught by the `\s` test
  return code <= 0x20 || code === 0x7f || /\s/.test(char);
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeReferences(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(\w+));?/gi,
    (whole, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
      if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
      // Stryker disable next-line StringLiteral: a matched group is always there; for the type checker
      return fromCodePoint(parseInt(decimal ?? '', 10));
    },
  );
}

function decodeCssEscapes(text: string): string {
  return text.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gis, (_whole, hex?: string, char?: string) =>
    // Stryker disable next-line StringLiteral: a matched group is always there; for the type checker
    hex === undefined ? (char ?? '') : fromCodePoint(parseInt(hex, 16)),
  );
}

/** An out-of-range code point decodes to U+FFFD, as in browsers, instead of throwing. */
const fromCodePoint = (code: number) =>
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: codes are whole, ≥ 0; U+0000, U+10FFFF, U+FFFD, '' are none of # javascript: url(
  Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
