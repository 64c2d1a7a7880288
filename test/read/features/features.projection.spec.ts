import { ProjectionSpecification } from '../../support/projection-specification';
import { FEATURES, featuresProjection } from '../../../src/read/features/features.projection';

const spec = ProjectionSpecification.for(featuresProjection);
const occurredAt = '2026-03-02T09:00:00.000Z';
const enabled = (tenant: string) => ({
  tenant,
  occurredAt,
  event: { type: 'CertificatesFeatureEnabled' as const, data: { tenantId: tenant } },
});
const disabled = (tenant: string) => ({
  tenant,
  occurredAt,
  event: { type: 'CertificatesFeatureDisabled' as const, data: { tenantId: tenant } },
});

describe('The features projection', () => {
  it("keeps whether each tenant's certificates feature is on", () => {
    spec.given([enabled('acme'), enabled('globex'), disabled('globex')]).then({
      [FEATURES]: {
        acme: { _id: 'acme', tenant: 'acme', enabled: true },
        globex: { _id: 'globex', tenant: 'globex', enabled: false },
      },
    });
  });

  it('ignores events it does not handle', () => {
    spec
      .given([
        {
          occurredAt,
          event: {
            type: 'LearnerProfileRecorded',
            data: { learnerId: 'ann', name: 'Ann', email: 'ann@example.com' },
          },
        },
      ])
      .thenNothingStored();
  });
});
