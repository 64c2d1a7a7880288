import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';

export const IssuerProfileSchema = named(
  'IssuerProfile',
  z.object({
    tenantId: z.string(),
    name: z.string(),
    url: z.string().nullable(),
    email: z.string().nullable(),
    logo: z.string().nullable().meta({ description: 'A data:image/png or data:image/svg+xml URI' }),
    certificatePrefix: z.string().meta({
      description:
        "The prefix of the next certificate's number: the one the profile sets, else the default from the tenant id",
    }),
  }),
  {
    description: "The tenant's issuer profile, as certificates and credentials show it",
    example: {
      tenantId: 'acme',
      name: 'Acme Academy',
      url: 'https://academy.acme.example',
      email: 'certificates@acme.example',
      logo: null,
      certificatePrefix: 'ACME',
    },
  },
);
