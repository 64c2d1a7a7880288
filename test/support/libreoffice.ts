import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A cell as LibreOffice Calc reads it from a CSV file: its text, and its formula if it made one. */
export interface SheetCell {
  readonly text: string;
  readonly formula?: string;
}

const decode = (xml: string) =>
  xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, count?: string) =>
      ' '.repeat(Number(count ?? 1)),
    )
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Opens `csv` in LibreOffice Calc as a user opening the file would (comma-separated, UTF-8,
 * double quotes, formulas evaluated as Calc does by default) and reads the sheet back from Calc's
 * flat XML: one array of cells per row, in order.
 */
export async function openCsvInCalc(csv: Buffer | string): Promise<SheetCell[][]> {
  const dir = await mkdtemp(join(tmpdir(), 'calc-'));
  try {
    const input = join(dir, 'report.csv');
    await writeFile(input, csv);
    await run(
      'soffice',
      [
        // A profile of its own, so parallel runs do not share one (LibreOffice locks it).
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        'fods',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    const xml = await readFile(join(dir, 'report.fods'), 'utf8');
    const table = /<table:table [^>]*>([\s\S]*?)<\/table:table>/.exec(xml)?.[1] ?? '';
    return [...table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(
      ([, row]) =>
        [...row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].map(
          ([, attributes, content]) => {
            const formula = /table:formula="([^"]*)"/.exec(attributes!)?.[1];
            const paragraphs = [...(content ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)];
            const text = paragraphs.map(([, p]) => decode(p!)).join('\n');
            return formula === undefined ? { text } : { text, formula: decode(formula) };
          },
        ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
