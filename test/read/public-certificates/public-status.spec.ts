import type { PublicCertificateDoc } from '../../../src/read/public-certificates/public-certificates.projection';
import { publicStatus } from '../../../src/read/public-certificates/public-certificate';

const doc = (overrides: Partial<PublicCertificateDoc>) =>
  ({ status: 'generated', validUntil: null, ...overrides }) as PublicCertificateDoc;
const now = new Date('2027-03-02T09:00:00.000Z');

describe('A certificate’s public status', () => {
  it('is valid while generated and not past its validity', () => {
    expect(publicStatus(doc({}), now)).toBe('valid');
    expect(publicStatus(doc({ validUntil: '2027-03-02T09:00:00.001Z' }), now)).toBe('valid');
  });

  it('[R-validity-months] is expired from its validUntil on, by the clock it is asked with', () => {
    expect(publicStatus(doc({ validUntil: '2027-03-02T09:00:00.000Z' }), now)).toBe('expired');
  });

  it('[R-deletion-ends-validity] [R-revocation] is revoked or deleted whatever the validity says', () => {
    const past = '2020-01-01T00:00:00.000Z';
    expect(publicStatus(doc({ status: 'revoked', validUntil: past }), now)).toBe('revoked');
    expect(publicStatus(doc({ status: 'deleted', validUntil: past }), now)).toBe('deleted');
  });
});
