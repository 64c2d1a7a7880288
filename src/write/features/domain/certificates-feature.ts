import type { Decider, DomainEvent } from '../../../core/decider';

export type CertificatesFeatureEvent =
  | DomainEvent<'CertificatesFeatureEnabled', { tenantId: string }>
  | DomainEvent<'CertificatesFeatureDisabled', { tenantId: string }>;

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
