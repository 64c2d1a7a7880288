import type { Doc } from '../../read-store/read-store';
import type { CertificatesFeatureEvent } from '../../events/certificates-feature.events';
import type { Projection } from '../../projections/projection';

export interface FeatureDoc extends Doc {
  readonly tenant: string;
  readonly enabled: boolean;
}

export const FEATURES = 'features';

/** Whether the certificates feature is on, per tenant. */
export const featuresProjection: Projection<CertificatesFeatureEvent> = {
  name: 'features',
  collections: [{ name: FEATURES, indexes: [] }],
  handles: ['CertificatesFeatureEnabled', 'CertificatesFeatureDisabled'],
  project: (event) => {
    const tenant = event.metadata.tenant;
    const enabled = event.type === 'CertificatesFeatureEnabled';
    const doc: FeatureDoc = { _id: tenant, tenant, enabled };
    return [{ collection: FEATURES, id: tenant, update: () => doc }];
  },
};
