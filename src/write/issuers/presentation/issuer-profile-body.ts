import { z } from 'zod';
import { emailSchema } from '../../../http/email-schema';
import { CERTIFICATE_PREFIX } from '../../../events/contract';
import { logoProblem } from '../domain/issuer-logo';

/** base64 of 256 KB and the longest prefix; longer is refused before decoding anything. */
const LOGO_MAX_LENGTH = 349_600;

export const issuerProfileBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  url: z
    .url({ protocol: /^https?$/ })
    .regex(/^https?:\/\//, 'must start with http:// or https://')
    .max(2000)
    .nullable()
    .optional(),
  email: emailSchema.max(320).nullable().optional(),
  logo: z
    .string()
    .max(LOGO_MAX_LENGTH, 'the logo is larger than 256 KB')
    .superRefine((logo, context) => {
      const problem = logoProblem(logo);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    })
    .nullable()
    .optional(),
  certificatePrefix: z
    .string()
    .regex(CERTIFICATE_PREFIX, 'must be 2 to 12 of A-Z and 0-9 (capital letters and digits)')
    .nullable()
    .optional()
    .meta({
      description:
        'The prefix of the numbers of certificates generated from now on; absent or null: the default (the tenant id in capitals without other characters than A-Z and 0-9, cut to 12; `CERT` if fewer than 2 remain). Numbers already given keep theirs.',
      example: 'ACME',
    }),
});

export type IssuerProfileBody = z.infer<typeof issuerProfileBody>;
