import { certificatesFeature } from '../../src/write/features/domain/certificates-feature';
import type { CertificatesFeatureEvent } from '../../src/events/certificates-feature.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(certificatesFeature);
const tenantId = 'acme';
const enabled: CertificatesFeatureEvent = {
  type: 'CertificatesFeatureEnabled',
  data: { tenantId },
};
const disabled: CertificatesFeatureEvent = {
  type: 'CertificatesFeatureDisabled',
  data: { tenantId },
};

describe('[R-feature-per-tenant] Certificates feature', () => {
  it('is off for a new tenant', () => {
    expect(certificatesFeature.initialState()).toEqual({ enabled: false });
  });

  it('turning it off on a new tenant changes nothing, since it is already off', () => {
    spec
      .given([])
      .when({ type: 'SetCertificatesFeature', tenantId, enabled: false })
      .thenNothingHappens();
  });

  it('can be turned on', () => {
    spec
      .given([])
      .when({ type: 'SetCertificatesFeature', tenantId, enabled: true })
      .then([enabled]);
  });

  it('can be turned off once on', () => {
    spec
      .given([enabled])
      .when({ type: 'SetCertificatesFeature', tenantId, enabled: false })
      .then([disabled]);
  });

  it('can be turned on again after being turned off', () => {
    spec
      .given([enabled, disabled])
      .when({ type: 'SetCertificatesFeature', tenantId, enabled: true })
      .then([enabled]);
  });

  it('turning it on twice changes nothing', () => {
    spec
      .given([enabled])
      .when({ type: 'SetCertificatesFeature', tenantId, enabled: true })
      .thenNothingHappens();
  });

  it('turning it off twice changes nothing', () => {
    spec
      .given([enabled, disabled])
      .when({ type: 'SetCertificatesFeature', tenantId, enabled: false })
      .thenNothingHappens();
  });
});
