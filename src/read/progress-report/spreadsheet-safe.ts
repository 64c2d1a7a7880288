/**
 * What a spreadsheet program reads as the start of a formula (SPEC §5, CSV injection), with the
 * fullwidth forms of `= + - @` that some spreadsheet programs take for the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * A cell's text as a spreadsheet will show it, never run it: text that would start a formula
 * gets a leading apostrophe. Text with those characters anywhere else is left as it is; a line
 * break inside a cell is kept inside it by quoting (see progress-report-csv), so the text after
 * it never starts a cell of its own.
 */
export const spreadsheetSafe = (text: string): string =>
  FORMULA_START.test(text) ? `'${text}` : text;
