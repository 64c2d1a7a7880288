/** What a spreadsheet program reads as the start of a formula (SPEC §5, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text as a spreadsheet will show it, never run it: text that would start a formula
 * gets a leading apostrophe. Text with those characters anywhere else is left as it is.
 */
export const spreadsheetSafe = (text: string): string =>
  FORMULA_START.test(text) ? `'${text}` : text;
