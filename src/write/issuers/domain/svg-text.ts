/** A piece of the refused logo, short enough for an error message. */
export const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * The document as a browser would read URLs in it: character references decoded, CSS escapes
 * decoded, white space and control characters gone (browsers drop them from URL schemes:
 * `java&#9;script:` runs), lower case.
 */
export function normalised(svg: string): string {
  return [...decodeCssEscapes(decodeReferences(svg)).toLowerCase()]
    .filter((char) => !isBlankOrControl(char))
    .join('');
}

const isBlankOrControl = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || code === 0x7f || /\s/.test(char);
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character and entity references, as a parser reads them (and HTML, without `;`). */
export function decodeReferences(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(\w+));?/gi,
    (whole, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
      if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
      return fromCodePoint(parseInt(decimal ?? '', 10));
    },
  );
}

export function decodeCssEscapes(text: string): string {
  return text.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gis, (_whole, hex?: string, char?: string) =>
    hex === undefined ? (char ?? '') : fromCodePoint(parseInt(hex, 16)),
  );
}

/** An out-of-range code point decodes to U+FFFD, as in browsers, instead of throwing. */
const fromCodePoint = (code: number) =>
  Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
