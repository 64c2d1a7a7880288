import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isNewer } from '../../src/backup/service-version';
import { ErasureJournal, readErasureJournal } from '../../src/personal-data/erasure-journal';

describe('The erasure journal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'journal-'));

  it('appends one line per erasure, ids and time only, and reads them back', async () => {
    const file = join(dir, 'outside', 'erasures.jsonl');
    const journal = new ErasureJournal(file);
    await journal.record({
      tenant: 'acme',
      learnerId: 'ana',
      erasedAt: '2026-12-01T10:00:00.000Z',
    });
    await journal.record({ tenant: 'beta', learnerId: 'bo', erasedAt: '2026-12-02T10:00:00.000Z' });

    expect(readFileSync(file, 'utf8')).toBe(
      '{"tenant":"acme","learnerId":"ana","erasedAt":"2026-12-01T10:00:00.000Z"}\n' +
        '{"tenant":"beta","learnerId":"bo","erasedAt":"2026-12-02T10:00:00.000Z"}\n',
    );
    expect(await readErasureJournal(file)).toEqual([
      { tenant: 'acme', learnerId: 'ana', erasedAt: '2026-12-01T10:00:00.000Z' },
      { tenant: 'beta', learnerId: 'bo', erasedAt: '2026-12-02T10:00:00.000Z' },
    ]);
  });

  it('writes nothing when no journal is set, and a missing file holds no erasure', async () => {
    await new ErasureJournal(undefined).record({ tenant: 'a', learnerId: 'b', erasedAt: 'c' });
    expect(await readErasureJournal(join(dir, 'none.jsonl'))).toEqual([]);
  });

  it('skips a last line cut short by a crash, and refuses a bad line before it', async () => {
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(
      cut,
      '{"tenant":"acme","learnerId":"ana","erasedAt":"2026-12-01T10:00:00Z"}\n{"tena',
    );
    expect(await readErasureJournal(cut)).toHaveLength(1);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"tenant":"acme"}\n{"tenant":"acme","learnerId":"ana","erasedAt":"x"}\n');
    await expect(readErasureJournal(bad)).rejects.toThrow(`${bad} line 1 is not an erasure`);
  });
});

describe('Snapshot versions', () => {
  it.each([
    ['0.2.0', '0.1.9', true],
    ['1.0.0', '0.9.9', true],
    ['0.1.0', '0.1.0', false],
    ['0.1.0', '0.10.0', false],
    ['0.1.1-beta', '0.1.0', true],
  ])('%s is newer than %s: %s', (a, b, newer) => {
    expect(isNewer(a, b)).toBe(newer);
  });
});
