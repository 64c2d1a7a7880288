import { z } from 'zod';
import { emailSchema } from '../../../http/email-schema';
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
});

export type IssuerProfileBody = z.infer<typeof issuerProfileBody>;
