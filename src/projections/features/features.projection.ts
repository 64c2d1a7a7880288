import type { Doc } from '../../read-store/read-store';
import type { Projection } from '../projection';

export interface FeatureDoc extends Doc {
  readonly tenant: string;
  readonly enabled: boolean;
}

export const FEATURES = 'features';

/** Whether the certificates feature is on, per tenant. */
export const featuresProjection: Projection = {
  name: 'features',
  collections: [{ name: FEATURES, indexes: [] }],
  project: (event) => {
    if (event.type !== 'CertificatesFeatureEnabled' && event.type !== 'CertificatesFeatureDisabled')
      return [];
    const tenant = event.metadata.tenant;
    const enabled = event.type === 'CertificatesFeatureEnabled';
    const doc: FeatureDoc = { _id: tenant, tenant, enabled };
    return [{ collection: FEATURES, id: tenant, update: () => doc }];
  },
};
