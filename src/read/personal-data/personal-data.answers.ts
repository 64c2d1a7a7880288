import { z } from 'zod';
import { named } from '../../http/contract/contract-registry';
import { TimestampSchema } from '../../http/contract/common.schemas';

const nameAndEmail = { name: z.string(), email: z.string() };

export const PersonalDataSchema = named(
  'PersonalData',
  z.object({
    learnerId: z.string(),
    erased: z.literal(false),
    profile: z.object(nameAndEmail).nullable(),
    profileHistory: z.array(z.object({ shownInReportsFrom: z.string(), ...nameAndEmail })),
    enrolments: z.array(
      z.object({
        trainingId: z.string(),
        enrolledAt: TimestampSchema.nullable(),
        progress: z.number().min(0).max(100),
        completedAt: TimestampSchema.nullable(),
      }),
    ),
    certificates: z.array(
      z.object({
        certificateId: z.string(),
        number: z.string().nullable(),
        trainingId: z.string(),
        status: z.enum(['generating', 'generated', 'failed', 'revoked', 'deleted']),
        templateId: z.string(),
        version: z.number().int().min(1),
        issuedAt: TimestampSchema,
        validUntil: TimestampSchema.nullable(),
        file: z.object({ sha256: z.string(), size: z.number().int().min(0) }).nullable(),
        revokedAt: TimestampSchema.nullable(),
        deletedAt: TimestampSchema.nullable(),
        verificationUrl: z.string(),
      }),
    ),
    reports: z.array(
      z.object({
        reportId: z.string(),
        trainingId: z.string(),
        cutoff: TimestampSchema,
        completedAt: TimestampSchema.nullable(),
        redactedAt: TimestampSchema.nullable(),
      }),
    ),
    archives: z.array(
      z.object({
        archiveId: z.string(),
        trainingId: z.string(),
        asOf: z.string().nullable(),
        completedAt: TimestampSchema.nullable(),
        expiresAt: TimestampSchema.nullable(),
        removedAt: TimestampSchema.nullable(),
      }),
    ),
    walletCredentials: z.array(
      z.object({
        certificateId: z.string(),
        trainingId: z.string(),
        credentialId: z.string(),
        sha256: z.string(),
        holder: z
          .string()
          .nullable()
          .describe("The wallet holder's DID the credential is bound to (did:key or did:jwk)"),
        issuedAt: TimestampSchema,
      }),
    ),
  }),
  {
    description:
      'Everything held about a learner: profile, enrolments, certificates, the reports and archives listing them, the credentials issued into their wallets',
    example: {
      learnerId: 'ana',
      erased: false,
      profile: { name: 'Ana Núñez', email: 'ana@example.com' },
      profileHistory: [
        { shownInReportsFrom: '2026-03-02', name: 'Ana Núñez', email: 'ana@example.com' },
      ],
      enrolments: [
        {
          trainingId: 'safety-101',
          enrolledAt: '2026-03-01T08:00:00.000Z',
          progress: 100,
          completedAt: '2026-03-14T09:20:00.000Z',
        },
      ],
      certificates: [],
      reports: [],
      archives: [],
      walletCredentials: [],
    },
  },
);

export const PersonalDataErasedSchema = named(
  'PersonalDataErased',
  z.object({ learnerId: z.string(), erased: z.literal(true), erasedAt: TimestampSchema }),
  {
    description: "The learner's personal data was erased; only that it happened is kept",
    example: { learnerId: 'ana', erased: true, erasedAt: '2026-04-01T10:00:00.000Z' },
  },
);

export const PersonalDataExportSchema = named(
  'PersonalDataExport',
  z.discriminatedUnion('erased', [PersonalDataSchema, PersonalDataErasedSchema]),
  { description: 'What the service holds about a learner, or that it was erased' },
);
