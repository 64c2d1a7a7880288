import {
  safeFileName,
  UniqueNames,
} from '../../src/reactors/certificate-archive/archive-file-names';

describe('File names in a certificate archive', () => {
  it('[R-zip-export] are safe on Windows and macOS: no reserved characters, controls, bidi overrides or device names', () => {
    expect(safeFileName('CERT-2026-000001 Ana Núñez')).toBe('CERT-2026-000001 Ana Núñez');
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileName('tab\there\nnewline\u0000nul')).toBe('tab here newline_nul');
    expect(safeFileName('x\u202Efdp.exe')).toBe('xfdp.exe');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('lpt1.txt')).toBe('_lpt1.txt');
    expect(safeFileName('...hidden')).toBe('hidden');
    expect(safeFileName('trailing. . ')).toBe('trailing');
    expect(safeFileName('  ')).toBe('_');
    // Composed: macOS would otherwise show the decomposed and composed forms as two names.
    expect(safeFileName('Nu\u0301n\u0303ez')).toBe('Nún\u0303ez'.normalize('NFC'));
    expect(safeFileName('Nu\u0301n\u0303ez')).toBe('Núñez');
  });

  it('are cut to at most 120 bytes of UTF-8, between characters', () => {
    const long = safeFileName('王'.repeat(100));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(120);
    expect(long).toBe('王'.repeat(40));
    const emoji = safeFileName('😀'.repeat(50));
    expect(emoji).toBe('😀'.repeat(30));
  });

  it('are unique as case-insensitive file systems compare them', () => {
    const names = new UniqueNames();
    expect(names.take('Ana')).toBe('Ana');
    expect(names.take('ANA')).toBe('ANA (2)');
    expect(names.take('ana')).toBe('ana (3)');
  });
});
