import { CSS_PROPERTIES } from './svg-allowlist';
import { decodeCssEscapes, shown } from './svg-text';

/** CSS functions a logo may use: colours, transforms, calc() and url() of its own fragments. */
const FUNCTIONS = new Set([
  'url',
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'calc',
  'matrix',
  'translate',
  'translatex',
  'translatey',
  'scale',
  'scalex',
  'scaley',
  'rotate',
  'skewx',
  'skewy',
]);

/** What a value may be written with: words, numbers, colours, lists, quotes, parentheses. */
const VALUE_CHARACTERS = /^[\p{L}\p{N}\s_#%.,()+\-/'"!;*]*$/u;
/** Selectors by element, class and id, with combinators and pseudo-classes. */
const SELECTOR = /^[\p{L}\p{N}\s_.#,*>+~:()-]+$/u;
const RULE = /([^{}]*)\{([^{}]*)\}/y;
const FRAGMENT = /^#[^\s"'()<>\\]+$/;

/**
 * Why a CSS value (of a presentation attribute, a style declaration or an animation) is refused,
 * or null: every url() names a fragment of the logo, every function is on the list, no escapes,
 * no comments, nothing but the characters values are written with.
 */
export function cssValueProblem(value: string, property: string): string | null {
  const external = externalUrl(value);
  if (external !== undefined)
    return `the SVG refers to an external resource (url(${shown(external)}))`;
  if (value.includes('\\')) return `the SVG has a CSS escape (${shown(value)})`;
  if (value.includes('/*')) return `the SVG has a CSS comment (${shown(value)})`;
  for (const [, name = ''] of value.matchAll(/(?<![\w-])([\w-]+)\s*\(/g)) {
    const fn = name.toLowerCase();
    if (fn === 'expression') return 'the SVG contains a CSS expression';
    if (!FUNCTIONS.has(fn)) return `the SVG uses a CSS function a logo may not (${shown(fn)}())`;
  }
  return VALUE_CHARACTERS.test(value)
    ? null
    : `the SVG has a value its ${shown(property)} may not have (${shown(value)})`;
}

/** A style attribute, or a rule's body: `property: value` pairs, each on the lists. */
export function cssDeclarationsProblem(declarations: string): string | null {
  for (const declaration of declarations.split(';')) {
    if (declaration.trim() === '') continue;
    const match = /^\s*([\w-]+)\s*:([\s\S]*)$/.exec(declaration);
    if (!match) return `the SVG has CSS this checker cannot read (${shown(declaration.trim())})`;
    const property = match[1]!.toLowerCase();
    const refused = cssValueProblem(match[2]!.trim(), property);
    if (refused) return refused;
    if (!CSS_PROPERTIES.has(property))
      return `the SVG uses a CSS property a logo may not (${shown(property)})`;
  }
  return null;
}

/** A <style> element's text: rules of selectors and declarations, no at-rules, no comments. */
export function cssSheetProblem(css: string): string | null {
  const external = externalUrl(css);
  if (external !== undefined)
    return `the SVG refers to an external resource (url(${shown(external)}))`;
  if (/@import/i.test(decodeCssEscapes(css))) return 'the SVG imports a style sheet';
  if (css.includes('@')) return 'the SVG has a CSS at-rule';
  if (css.includes('\\')) return 'the SVG has a CSS escape';
  if (css.includes('/*')) return 'the SVG has a CSS comment';
  for (let at = 0; somethingFrom(css, at); at = RULE.lastIndex) {
    RULE.lastIndex = at;
    const rule = RULE.exec(css);
    if (!rule) return 'the SVG has CSS this checker cannot read';
    const selector = rule[1]!.trim();
    if (!SELECTOR.test(selector))
      return `the SVG has a CSS selector this checker cannot read (${shown(selector)})`;
    const refused = cssDeclarationsProblem(rule[2]!);
    if (refused) return refused;
  }
  return null;
}

const NON_BLANK = /\S/g;

/** Whether anything but white space follows `at`. */
function somethingFrom(text: string, at: number): boolean {
  NON_BLANK.lastIndex = at;
  return NON_BLANK.test(text);
}

/** The first url() target, escapes decoded, that is not a fragment of the logo. */
function externalUrl(css: string): string | undefined {
  for (const [, , target = ''] of decodeCssEscapes(css).matchAll(/url\s*\(\s*(["']?)([^"')]*)\1/gi))
    if (!FRAGMENT.test(target.trim())) return target.trim();
  return undefined;
}
