import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';
import { TimestampSchema } from '../../http/contract/common.schemas';

export const PublicCertificateSchema = named(
  'PublicCertificate',
  z.object({
    certificateId: z.string(),
    status: z.enum(['valid', 'revoked', 'expired', 'deleted', 'erased']),
    learner: z.object({ name: z.string() }).nullable(),
    training: z.object({ title: z.string(), type: z.string() }),
    issuer: z.object({ tenantId: z.string(), name: z.string(), url: z.string().nullable() }),
    issuedAt: TimestampSchema,
    completedAt: TimestampSchema.nullable(),
    validUntil: TimestampSchema.nullable(),
    template: z.object({ templateId: z.string(), title: z.string(), version: z.number().int() }),
    file: z.object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      size: z.number().int().min(0),
    }),
    revokedAt: TimestampSchema.optional(),
    revocationReason: z.string().optional(),
    deletedAt: TimestampSchema.optional(),
    verificationUrl: z.string(),
    credentialUrl: z.string().nullable(),
    number: z.string().nullable().meta({
      description:
        "The certificate's number in its issuer's sequence, `<prefix>-<year>-<sequence>` (null only for a certificate issued before numbers existed, until it is numbered)",
    }),
    cycle: z.number().int().min(1),
    renews: z.string().optional().meta({ description: "The earlier cycle's certificate" }),
    renewedBy: z.string().optional().meta({ description: 'The certificate that renewed it' }),
    linkedInUrl: z.string().meta({
      description:
        "LinkedIn's Add to Profile URL, pre-filled: name, issuer, issue and expiry month, verification URL and number",
    }),
    badgeUrl: z.string().nullable().meta({
      description:
        'The baked Open Badges image, a PNG carrying the signed credential (null: no credential)',
    }),
    validOn: z
      .object({
        date: z.iso.date(),
        valid: z.boolean(),
        reason: z.enum(['valid', 'not-yet-issued', 'expired', 'revoked', 'deleted', 'erased']),
      })
      .optional()
      .meta({ description: 'With ?on=YYYY-MM-DD: was it valid all of that UTC day, else why' }),
  }),
  {
    description: "A certificate's public facts: never an e-mail or a learner id",
    example: {
      certificateId: '0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40',
      status: 'valid',
      learner: { name: 'Ana Núñez' },
      training: { title: 'Safety 101', type: 'course' },
      issuer: { tenantId: 'acme', name: 'Acme Academy', url: null },
      issuedAt: '2026-03-14T09:26:55.102Z',
      completedAt: '2026-03-14T09:20:00.000Z',
      validUntil: null,
      template: { templateId: 'classic-en', title: 'Classic (English)', version: 1 },
      file: {
        sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        size: 48213,
      },
      verificationUrl: 'http://localhost:3000/verify/0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40',
      credentialUrl:
        'http://localhost:3000/api/v1/public/certificates/0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40/credential',
      number: 'ACME-2026-000318',
      cycle: 1,
      linkedInUrl:
        'https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Safety+101&organizationName=Acme+Academy&issueYear=2026&issueMonth=3&certUrl=http%3A%2F%2Flocalhost%3A3000%2Fverify%2F0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40&certId=ACME-2026-000318',
      badgeUrl:
        'http://localhost:3000/api/v1/public/certificates/0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40/badge.png',
    },
  },
);
