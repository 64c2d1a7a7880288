import { z } from 'zod';
import type { ProblemCodes } from '../../../http/contract/problem.schema';
import { named } from '../../../http/contract/contract-registry';
import { PositionSchema, TimestampSchema } from '../../../http/contract/common.schemas';

export const CertificateGenerationSchema = named(
  'CertificateGeneration',
  z.object({
    certificateId: z.string(),
    status: z.enum(['generating', 'generated']),
    position: PositionSchema,
  }),
  {
    description:
      '202 while generating (the same certificateId for every request), 200 once generated',
    example: {
      certificateId: '0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40',
      status: 'generating',
      position: '120',
    },
  },
);

export const CertificateRevokedSchema = named(
  'CertificateRevoked',
  z.object({ certificateId: z.string(), status: z.literal('revoked'), position: PositionSchema }),
  {
    description: 'The certificate is revoked (revoking again changes nothing)',
    example: {
      certificateId: '0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40',
      status: 'revoked',
      position: '131',
    },
  },
);

export const RenewalSchema = named(
  'Renewal',
  z.object({ cycle: z.number().int().min(2), position: PositionSchema }),
  {
    description:
      "The learner's new cycle (renewing while a renewal cycle runs answers that cycle again)",
    example: { cycle: 2, position: '212' },
  },
);

export const AdminCertificateSchema = named(
  'AdminCertificate',
  z.object({
    learnerId: z.string(),
    certificateId: z.string(),
    number: z.string().nullable().meta({
      description:
        "The certificate's number in its tenant, `<prefix>-<year>-<sequence>`; null until given (just after the request)",
    }),
    cycle: z.number().int().min(1),
    status: z.enum(['generating', 'generated', 'failed', 'revoked', 'expired']),
    templateId: z.string(),
    version: z.number().int().min(1),
    firstGeneratedAt: TimestampSchema,
    generatedAt: TimestampSchema.nullable(),
    validUntil: TimestampSchema.nullable(),
    renews: z.string().optional(),
    renewedBy: z.string().optional(),
    revokedAt: TimestampSchema.optional(),
    revocationReason: z.string().optional(),
  }),
  {
    description: "One of a learner's certificates in a training (earlier cycles' too)",
    example: {
      learnerId: 'ana',
      certificateId: '0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40',
      number: 'ACME-2026-000318',
      cycle: 1,
      status: 'generated',
      templateId: 'classic-en',
      version: 1,
      firstGeneratedAt: '2026-03-14T09:26:53.589Z',
      generatedAt: '2026-03-14T09:26:55.102Z',
      validUntil: null,
    },
  },
);

export const AdminCertificateListSchema = named(
  'AdminCertificateList',
  z.array(AdminCertificateSchema),
  { description: "The training's certificates, by learner id" },
);

/** What a generation request can be refused with, by the learner or by an admin (SPEC §1, §5). */
export const GENERATION_PROBLEMS: ProblemCodes = {
  404: ['not-found'],
  409: [
    'feature-inactive',
    'not-completed',
    'no-certificate-assigned',
    'certificate-revoked',
    'learner-erased',
  ],
};
