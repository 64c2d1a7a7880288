import { linkedInUrl } from '../../src/credentials/linkedin-url';

const certification = {
  name: 'Safety 101 & Fire: "Basics"',
  organizationName: 'Acme Academy',
  issuedAt: '2026-03-14T09:26:55.102Z',
  validUntil: null,
  certUrl: 'https://certs.example.org/verify/0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40',
  certId: 'ACME-2026-000318',
};

describe("LinkedIn's Add to Profile URL", () => {
  it('pre-fills the certification: name, issuer, issue month, verification URL and number', () => {
    const url = new URL(linkedInUrl(certification));

    expect(`${url.origin}${url.pathname}`).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Safety 101 & Fire: "Basics"',
      organizationName: 'Acme Academy',
      issueYear: '2026',
      issueMonth: '3',
      certUrl: 'https://certs.example.org/verify/0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40',
      certId: 'ACME-2026-000318',
    });
  });

  it('adds the expiration year and month only for a certificate that expires', () => {
    const url = new URL(linkedInUrl({ ...certification, validUntil: '2028-12-14T09:26:55.102Z' }));

    expect(url.searchParams.get('expirationYear')).toBe('2028');
    expect(url.searchParams.get('expirationMonth')).toBe('12');
    expect(new URL(linkedInUrl(certification)).searchParams.has('expirationYear')).toBe(false);
    expect(new URL(linkedInUrl(certification)).searchParams.has('expirationMonth')).toBe(false);
  });

  it('reads the months in UTC: December is 12, January 1, whatever the local offset', () => {
    const url = new URL(
      linkedInUrl({
        ...certification,
        issuedAt: '2026-12-31T23:59:59.999Z',
        validUntil: '2027-01-01T00:00:00.000Z',
      }),
    );

    expect(url.searchParams.get('issueYear')).toBe('2026');
    expect(url.searchParams.get('issueMonth')).toBe('12');
    expect(url.searchParams.get('expirationYear')).toBe('2027');
    expect(url.searchParams.get('expirationMonth')).toBe('1');
  });

  it('leaves the number out while the certificate has none yet', () => {
    const url = new URL(linkedInUrl({ ...certification, certId: null }));

    expect(url.searchParams.has('certId')).toBe(false);
    expect(url.searchParams.get('certUrl')).toBe(certification.certUrl);
  });
});
