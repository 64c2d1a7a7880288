import type { Decider } from '../../../core/decider';
import type { CertificatesFeatureEvent } from '../../../events/certificates-feature.events';

export interface CertificatesFeatureState {
  readonly enabled: boolean;
}

export interface SetCertificatesFeature {
  readonly type: 'SetCertificatesFeature';
  readonly tenantId: string;
  readonly enabled: boolean;
}

export const certificatesFeature: Decider<
  CertificatesFeatureState,
  SetCertificatesFeature,
  CertificatesFeatureEvent
> = {
  initialState: () => ({ enabled: false }),
  evolve: (_state, event) => ({ enabled: event.type === 'CertificatesFeatureEnabled' }),
  decide: ({ tenantId, enabled }, state) => {
    if (state.enabled === enabled) return [];
    return [
      enabled
        ? { type: 'CertificatesFeatureEnabled', data: { tenantId } }
        : { type: 'CertificatesFeatureDisabled', data: { tenantId } },
    ];
  },
};
