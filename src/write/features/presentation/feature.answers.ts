import { z } from 'zod';
import { named } from '../../../http/contract/contract-registry';
import { PositionSchema } from '../../../http/contract/common.schemas';

export const FeatureSetSchema = named(
  'FeatureSet',
  z.object({ tenantId: z.string(), enabled: z.boolean(), position: PositionSchema }),
  {
    description: "The tenant's certificates feature as it now stands",
    example: { tenantId: 'acme', enabled: true, position: '17' },
  },
);

export const FeatureStateSchema = named('FeatureState', z.object({ enabled: z.boolean() }), {
  description: "Whether the caller's tenant has certificates on",
  example: { enabled: true },
});
