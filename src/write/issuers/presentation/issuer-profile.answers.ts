import { z } from 'zod';
import { PositionSchema } from '../../../http/contract/common.schemas';
import { named } from '../../../http/contract/contract-registry';

export const IssuerProfileRecordedSchema = named(
  'IssuerProfileRecorded',
  z.object({ tenantId: z.string(), position: PositionSchema }),
  { description: 'The profile was recorded', example: { tenantId: 'acme', position: '88' } },
);
