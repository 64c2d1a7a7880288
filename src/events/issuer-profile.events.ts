import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, certificatePrefix, dateTime, email, id } from './contract';

export const issuerProfileRecordedV1 = z
  .strictObject({
    tenantId: id(),
    name: z.string().min(1).max(200),
    url: z
      .string()
      .regex(/^https?:\/\//)
      .max(2000)
      .nullable(),
    email: email().max(320).nullable(),
    logo: z
      .string()
      .regex(/^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/=]+$/)
      .max(349600)
      .nullable()
      .describe(
        'A data: URI of at most 256 KB of PNG or sanitised SVG (`data:image/png;base64,…` or `data:image/svg+xml;base64,…`).',
      ),
    certificatePrefix: certificatePrefix()
      .nullable()
      .optional()
      .describe(
        'The prefix of the numbers of certificates generated from now on (2 to 12 of A-Z and 0-9); null or absent: the default, from the tenant id.',
      ),
    recordedBy: z.string().min(1),
    recordedAt: dateTime(),
  })
  .describe(
    "A tenant's issuer profile was set: the name, web address, contact e-mail, logo and certificate number prefix that certificates, credentials and public pages show.",
  );

/** A tenant as a certificate issuer: what certificates, credentials and public pages name. */
export type IssuerProfileEvent = DomainEvent<
  'IssuerProfileRecorded',
  z.infer<typeof issuerProfileRecordedV1>
>;

export const ISSUER_PROFILE_EVENTS = {
  IssuerProfileRecorded: { 1: issuerProfileRecordedV1 },
} as const satisfies EventSchemasOf<IssuerProfileEvent>;
