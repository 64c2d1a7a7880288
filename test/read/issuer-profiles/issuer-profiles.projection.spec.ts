import { ProjectionSpecification } from '../../support/projection-specification';
import type { IssuerProfileEvent } from '../../../src/events/issuer-profile.events';
import {
  ISSUER_PROFILES,
  issuerProfilesProjection,
} from '../../../src/read/issuer-profiles/issuer-profiles.projection';

const spec = ProjectionSpecification.for(issuerProfilesProjection);
const LOGO = 'data:image/png;base64,iVBORw0KGgo=';

const recorded = (tenant: string, at: string, profile: Partial<IssuerProfileEvent['data']>) => ({
  tenant,
  occurredAt: at,
  event: {
    type: 'IssuerProfileRecorded' as const,
    data: {
      ...{ tenantId: tenant, name: `${tenant} academy`, url: null, email: null, logo: null },
      ...{ recordedBy: 'admin-1', recordedAt: at },
      ...profile,
    },
  },
});

describe('The issuer-profiles projection', () => {
  it("keeps each tenant's profile as last recorded, fields cleared by a later profile included", () => {
    spec
      .given([
        recorded('acme', '2026-03-01T09:00:00.000Z', {
          ...{ url: 'https://acme.example', email: 'c@acme.example', logo: LOGO },
        }),
        recorded('globex', '2026-03-01T10:00:00.000Z', { name: 'Globex' }),
        recorded('acme', '2026-03-02T09:00:00.000Z', { name: 'ACME Academy', logo: LOGO }),
      ])
      .then({
        [ISSUER_PROFILES]: {
          acme: {
            ...{ _id: 'acme', tenantId: 'acme', name: 'ACME Academy', url: null, email: null },
            ...{ logo: LOGO, certificatePrefix: null, recordedAt: '2026-03-02T09:00:00.000Z' },
          },
          globex: {
            ...{ _id: 'globex', tenantId: 'globex', name: 'Globex', url: null, email: null },
            ...{ logo: null, certificatePrefix: null, recordedAt: '2026-03-01T10:00:00.000Z' },
          },
        },
      });
  });

  it('keeps the certificate prefix the profile chose, and forgets it when a later profile leaves it out', () => {
    const doc = {
      ...{ _id: 'acme', tenantId: 'acme', name: 'acme academy', url: null, email: null },
      logo: null,
    };
    spec.given([recorded('acme', '2026-03-01T09:00:00.000Z', { certificatePrefix: 'AC2' })]).then({
      [ISSUER_PROFILES]: {
        acme: { ...doc, certificatePrefix: 'AC2', recordedAt: '2026-03-01T09:00:00.000Z' },
      },
    });
    spec
      .given([
        recorded('acme', '2026-03-01T09:00:00.000Z', { certificatePrefix: 'AC2' }),
        recorded('acme', '2026-03-02T09:00:00.000Z', {}),
      ])
      .then({
        [ISSUER_PROFILES]: {
          acme: { ...doc, certificatePrefix: null, recordedAt: '2026-03-02T09:00:00.000Z' },
        },
      });
  });

  it('ignores events it does not handle', () => {
    spec
      .given([
        {
          occurredAt: '2026-03-01T09:00:00.000Z',
          event: { type: 'CertificatesFeatureEnabled', data: { tenantId: 'acme' } },
        },
      ])
      .thenNothingStored();
  });
});
