import { didUrlToHttpsUrl } from '@digitalbazaar/did-method-web';
import { didDocument } from '../../src/credentials/did-document';
import { issuerDid } from '../../src/credentials/did-web';

describe('issuer did:web', () => {
  it.each([
    [
      'http://localhost:3000',
      'acme',
      'did:web:localhost%3A3000:tenants:acme',
      'https://localhost:3000/tenants/acme/did.json',
    ],
    [
      'https://certs.example.org',
      't-1',
      'did:web:certs.example.org:tenants:t-1',
      'https://certs.example.org/tenants/t-1/did.json',
    ],
    [
      'https://example.org/lms/certificates/',
      'acme',
      'did:web:example.org:lms:certificates:tenants:acme',
      'https://example.org/lms/certificates/tenants/acme/did.json',
    ],
  ])(
    '%s and tenant %s give %s, which did:web resolvers fetch from %s',
    (publicUrl, tenant, did, url) => {
      expect(issuerDid(publicUrl, tenant)).toBe(did);
      expect(didUrlToHttpsUrl(did).baseUrl).toBe(url);
    },
  );

  it('[R-private-keys-kept] lists every key, current and rotated, as a Multikey for assertionMethod', () => {
    const did = 'did:web:localhost%3A3000:tenants:acme';
    const keys = [
      { keyId: 'key-1', publicKeyMultibase: 'z6MkOld', createdAt: '2026-01-01T00:00:00.000Z' },
      { keyId: 'key-2', publicKeyMultibase: 'z6MkNew', createdAt: '2026-02-01T00:00:00.000Z' },
    ];

    expect(didDocument(did, keys)).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [
        { id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: 'z6MkOld' },
        { id: `${did}#key-2`, type: 'Multikey', controller: did, publicKeyMultibase: 'z6MkNew' },
      ],
      assertionMethod: [`${did}#key-1`, `${did}#key-2`],
    });
  });
});
