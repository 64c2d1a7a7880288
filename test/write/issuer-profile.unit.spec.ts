import {
  issuerProfile,
  type RecordIssuerProfile,
} from '../../src/write/issuers/domain/issuer-profile';
import type { IssuerProfileEvent } from '../../src/events/issuer-profile.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(issuerProfile);
const at = new Date('2026-03-02T10:00:00Z');
const later = new Date('2026-03-09T10:00:00Z');
const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SCRIPTED = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
).toString('base64')}`;

const record = (overrides: Partial<RecordIssuerProfile> = {}): RecordIssuerProfile => ({
  type: 'RecordIssuerProfile',
  tenantId: 'acme',
  name: 'ACME Safety Academy',
  url: 'https://academy.acme.example',
  email: 'certificates@acme.example',
  logo: LOGO,
  certificatePrefix: null,
  by: 'admin-1',
  at,
  ...overrides,
});

const recorded = (
  overrides: Partial<IssuerProfileEvent['data']> = {},
  when = at,
): IssuerProfileEvent => ({
  type: 'IssuerProfileRecorded',
  data: {
    tenantId: 'acme',
    name: 'ACME Safety Academy',
    url: 'https://academy.acme.example',
    email: 'certificates@acme.example',
    logo: LOGO,
    recordedBy: 'admin-1',
    recordedAt: when.toISOString(),
    ...overrides,
  },
});

describe('Issuer profile', () => {
  it("records a tenant's first profile, with who and when", () => {
    spec.given([]).when(record()).then([recorded()]);
  });

  it('records a profile with only a name', () => {
    spec
      .given([])
      .when(record({ url: null, email: null, logo: null }))
      .then([recorded({ url: null, email: null, logo: null })]);
  });

  it('replaces the whole profile: a field left out is cleared', () => {
    spec
      .given([recorded()])
      .when(record({ name: 'ACME Academy', logo: null, at: later }))
      .then([recorded({ name: 'ACME Academy', logo: null }, later)]);
  });

  it.each([
    ['name', { name: 'ACME Academy' }],
    ['web address', { url: 'https://acme.example' }],
    ['contact e-mail', { email: 'hello@acme.example' }],
    ['logo', { logo: null }],
    ['certificate number prefix', { certificatePrefix: 'ACME2026' }],
  ])('records a change of the %s alone', (_field, change) => {
    spec
      .given([recorded()])
      .when(record({ ...change, at: later }))
      .then([recorded(change, later)]);
  });

  it('the same profile again changes nothing', () => {
    spec
      .given([recorded()])
      .when(record({ at: later, by: 'operator-1' }))
      .thenNothingHappens();
  });

  it('refuses a scripted SVG logo, whoever sends it', () => {
    spec
      .given([])
      .when(record({ logo: SCRIPTED }))
      .thenThrows('validation-failed');
  });

  it('refuses a logo that is not a PNG or SVG data URI', () => {
    spec
      .given([recorded()])
      .when(record({ logo: 'https://acme.example/logo.png' }))
      .thenThrows('validation-failed');
  });

  it('records the prefix it was given, and records leaving it out again as going back to the default', () => {
    spec
      .given([])
      .when(record({ certificatePrefix: 'AB' }))
      .then([recorded({ certificatePrefix: 'AB' })]);
    spec
      .given([recorded({ certificatePrefix: 'AB' })])
      .when(record({ at: later }))
      .then([recorded({}, later)]);
    spec
      .given([recorded({ certificatePrefix: 'AB' })])
      .when(record({ certificatePrefix: 'AB', at: later }))
      .thenNothingHappens();
  });

  it.each(['A', 'TOOLONGPREFIX', 'acme', 'AC-ME', 'ÄCME', ''])(
    'refuses the certificate prefix %j, whoever sends it',
    (certificatePrefix) => {
      spec.given([]).when(record({ certificatePrefix })).thenThrows('validation-failed');
    },
  );
});
