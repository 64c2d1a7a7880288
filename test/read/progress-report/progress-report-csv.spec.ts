import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { progressReportCsv } from '../../../src/read/progress-report/progress-report-csv';
import type { ProgressReportRow } from '../../../src/read/progress-report/progress-report-rows';

const row = (userId: string, name: string, email = `${userId}@example.com`): ProgressReportRow => ({
  userId,
  name,
  email,
  enrolledAt: '2026-01-02T03:04:05.000Z',
  progress: 40,
  status: 'in-progress',
  completedAt: null,
  certificate: null,
  certificateVersion: null,
  certificateDownloadDate: null,
  certificateValidUntil: null,
  cycle: 1,
});

async function csvOf(rows: ProgressReportRow[]): Promise<Record<string, string>[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of progressReportCsv(Readable.from([rows])))
    chunks.push(Buffer.from(chunk as string));
  return parse(Buffer.concat(chunks), { bom: true, columns: true });
}

async function rawCsv(rows: ProgressReportRow[], counted?: (count: number) => void) {
  const chunks: Buffer[] = [];
  for await (const chunk of progressReportCsv(Readable.from([rows]), counted))
    chunks.push(Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

describe('The progress report CSV', () => {
  it("writes SPEC §5's header and every cell, with a byte-order mark and CRLF lines", async () => {
    const full: ProgressReportRow = {
      ...row('l1', 'Zoë'),
      progress: 100,
      status: 'completed',
      completedAt: '2026-01-03T00:00:00.000Z',
      certificate: 'Classic, "gold"',
      certificateVersion: 2,
      certificateDownloadDate: '2026-01-04T00:00:00.000Z',
      certificateValidUntil: '2027-01-04T00:00:00.000Z',
      cycle: 2,
    };
    let counted: number | undefined;
    const bytes = await rawCsv([full, row('l2', 'Bo')], (count) => (counted = count));

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'User ID,Name,Email,Enrollment date,Progress (%),Status,Completion date,Certificate,' +
        'Certificate version,Certificate download date,Certificate valid until,Cycle\r\n' +
        'l1,Zoë,l1@example.com,2026-01-02T03:04:05.000Z,100,completed,2026-01-03T00:00:00.000Z,' +
        '"Classic, ""gold""",2,2026-01-04T00:00:00.000Z,2027-01-04T00:00:00.000Z,2\r\n' +
        'l2,Bo,l2@example.com,2026-01-02T03:04:05.000Z,40,in-progress,,,,,,1\r\n',
    );
    expect(counted).toBe(2);
  });

  it('writes the byte-order mark and the header once, over pages of rows or none', async () => {
    const pages = [[], [row('l1', 'Ann'), row('l2', 'Bo')], [row('l3', 'Cy')]];
    let counted: number | undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of progressReportCsv(Readable.from(pages), (n) => (counted = n)))
      chunks.push(Buffer.from(chunk as string));
    const bytes = Buffer.concat(chunks);
    const records: unknown[][] = parse(bytes, { bom: true });
    expect(records.map((r) => r[0])).toEqual(['User ID', 'l1', 'l2', 'l3']);
    expect(bytes.indexOf('\ufeff', 1)).toBe(-1);
    expect(counted).toBe(3);

    const empty = await rawCsv([]);
    expect([...empty.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(empty.subarray(3).toString('utf8')).toMatch(/^User ID,.*\r\n$/);
  });

  it('leaves the cells with nothing to say empty, also the enrolment date', async () => {
    const [parsed] = await csvOf([{ ...row('l1', 'Ann'), enrolledAt: null }]);
    expect(parsed!['Enrollment date']).toBe('');
  });
});

describe('[R-csv-injection] The progress report CSV and spreadsheet formulas', () => {
  it.each([
    ['=', '=HYPERLINK("http://evil.example/x","click")'],
    ['+', '+1+cmd|" /C calc"!A0'],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A2)'],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
    ['a fullwidth =', '＝1+1'],
    ['a fullwidth +', '＋1+1'],
    ['a fullwidth -', '－1+1'],
    ['a fullwidth @', '＠SUM(A1:A2)'],
  ])('writes a cell that starts with %s with a leading apostrophe', async (_start, name) => {
    // Given/When: a learner whose name would start a formula
    const [parsed] = await csvOf([row('l1', name)]);

    // Then: a parser reads the same text behind an apostrophe, so it is shown, never run
    expect(parsed!.Name).toBe(`'${name}`);
  });

  it('leaves names and e-mails that merely contain those characters elsewhere untouched', async () => {
    const names = ['Ana=Bo', 'Jean-Luc Picard', 'a+b', 'Zoë @ home', 'Tab\there'];
    const parsed = await csvOf(names.map((name, i) => row(`l${i}`, name, `x+${i}@example.com`)));
    expect(parsed.map((r) => r.Name)).toEqual(names);
    expect(parsed.map((r) => r.Email)).toEqual(names.map((_, i) => `x+${i}@example.com`));
    expect(parsed.map((r) => r['Progress (%)'])).toEqual(names.map(() => '40'));
  });

  it.each([
    ['a line feed', 'Ana\n=1+1'],
    ['a carriage return', 'Ana\r=1+1'],
    ['a CR LF', 'Ana\r\n=1+1'],
    ['a line feed and a fullwidth sign', 'Ana\n＋1'],
  ])('keeps a name with %s in one quoted cell, so no formula starts a row', async (_, name) => {
    // Given/When: a learner whose name holds a line break before a formula
    const bytes = await rawCsv([row('l1', name), row('l2', 'Bo')]);

    // Then: the cell is quoted, and a parser reads two rows with the name whole
    expect(bytes.toString('utf8')).toContain(`,"${name}",`);
    const records: string[][] = parse(bytes, { bom: true });
    expect(records.map((record) => [record[0], record[1], record.length])).toEqual([
      ['User ID', 'Name', 12],
      ['l1', name, 12],
      ['l2', 'Bo', 12],
    ]);
  });

  it('guards the e-mail too: every text cell goes through the same rule', async () => {
    const [parsed] = await csvOf([row('l1', 'Ana', '=1+1@example.com')]);
    expect(parsed!.Email).toBe("'=1+1@example.com");
  });
});
