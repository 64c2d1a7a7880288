import {
  defaultCertificatePrefix,
  effectiveCertificatePrefix,
  formatCertificateNumber,
} from '../../src/write/certificate-numbers/domain/certificate-number';

describe('[R-certificate-number] A certificate number', () => {
  const at = new Date('2026-03-02T10:00:00.000Z');

  it('is the prefix, the UTC year of the issue and the sequence in at least 6 digits', () => {
    expect(formatCertificateNumber('ACME', at, 1)).toBe('ACME-2026-000001');
    expect(formatCertificateNumber('ACME', at, 42)).toBe('ACME-2026-000042');
    expect(formatCertificateNumber('ACME', at, 999_999)).toBe('ACME-2026-999999');
  });

  it('keeps every digit once the sequence grows past 999999', () => {
    expect(formatCertificateNumber('ACME', at, 1_000_000)).toBe('ACME-2026-1000000');
    expect(formatCertificateNumber('ACME', at, 123_456_789)).toBe('ACME-2026-123456789');
  });

  it('takes the year in UTC, not in the local time of the service', () => {
    expect(formatCertificateNumber('X1', new Date('2026-12-31T23:59:59.999Z'), 7)).toBe(
      'X1-2026-000007',
    );
    expect(formatCertificateNumber('X1', new Date('2027-01-01T00:00:00.000Z'), 8)).toBe(
      'X1-2027-000008',
    );
  });
});

describe('[R-certificate-number] The default prefix of a tenant', () => {
  it.each([
    ['acme', 'ACME'],
    ['acme-corp', 'ACMECORP'],
    ['Acme.Corp_2~x', 'ACMECORP2X'],
    ['ab', 'AB'],
    ['a1', 'A1'],
    ['abcdefghijklm', 'ABCDEFGHIJKL'],
    ['very-long-tenant-name-2026', 'VERYLONGTENA'],
    ['a', 'CERT'],
    ['a-', 'CERT'],
    ['-._~', 'CERT'],
    ['7', 'CERT'],
  ])('of %j is %j', (tenant, prefix) => {
    expect(defaultCertificatePrefix(tenant)).toBe(prefix);
  });

  it('is what the numbers get while the profile chooses none, and gives way to a chosen one', () => {
    expect(effectiveCertificatePrefix('acme-corp', null)).toBe('ACMECORP');
    expect(effectiveCertificatePrefix('acme-corp', undefined)).toBe('ACMECORP');
    expect(effectiveCertificatePrefix('acme-corp', 'AC')).toBe('AC');
  });
});
