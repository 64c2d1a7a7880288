import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, tenantId } from './contract';

export const certificatesFeatureEnabledV1 = z
  .strictObject({
    tenantId: tenantId().describe('The tenant the feature was switched on for.'),
  })
  .describe(
    'A tenant switched certificates on, so its trainings may assign certificates and learners may obtain them.',
  );

export const certificatesFeatureDisabledV1 = z
  .strictObject({
    tenantId: tenantId().describe('The tenant the feature was switched off for.'),
  })
  .describe(
    'A tenant switched certificates off; existing certificates stay, but none can be assigned or requested.',
  );

export type CertificatesFeatureEvent =
  | DomainEvent<'CertificatesFeatureEnabled', z.infer<typeof certificatesFeatureEnabledV1>>
  | DomainEvent<'CertificatesFeatureDisabled', z.infer<typeof certificatesFeatureDisabledV1>>;

export const CERTIFICATES_FEATURE_EVENTS = {
  CertificatesFeatureEnabled: { 1: certificatesFeatureEnabledV1 },
  CertificatesFeatureDisabled: { 1: certificatesFeatureDisabledV1 },
} as const satisfies EventSchemasOf<CertificatesFeatureEvent>;
