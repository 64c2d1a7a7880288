import { z } from 'zod';
import { PositionSchema } from '../../../http/contract/common.schemas';
import { named } from '../../../http/contract/contract-registry';

export const CertificateArchiveRequestedSchema = named(
  'CertificateArchiveRequested',
  z.object({
    archiveId: z.string(),
    status: z.literal('pending'),
    position: PositionSchema,
  }),
  {
    description: 'The archive job; it is built asynchronously',
    example: {
      archiveId: '8a2d4c6e-1b3f-5a7c-9e0d-2f4b6a8c0e13',
      status: 'pending',
      position: '152',
    },
  },
);
