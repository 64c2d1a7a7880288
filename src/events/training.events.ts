import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import {
  type EventSchemasOf,
  dateTime,
  id,
  renewalWindowDays,
  templateVersion,
  userId,
  validForMonths,
} from './contract';

export const trainingType = z.enum(['course', 'pathway', 'learning-program']);

export type TrainingType = z.infer<typeof trainingType>;

export const trainingCreatedV1 = z
  .strictObject({
    trainingId: id(),
    type: trainingType,
    title: z.string().min(1).max(200),
    groupId: id()
      .nullable()
      .describe(
        'The group whose managers may administer the training; null when it belongs to no group.',
      ),
  })
  .describe(
    'A training (course, pathway or learning program) became known to the tenant, optionally inside a group.',
  );

export const certificateAssignedV1 = z
  .strictObject({
    trainingId: id(),
    templateId: id(),
    version: templateVersion().describe(
      'The template version the training awards, pinned at assignment.',
    ),
    assignedAt: dateTime(),
    assignedBy: userId().describe('Id of the user who assigned the certificate.'),
    validForMonths: validForMonths()
      .optional()
      .describe(
        'Certificates generated under this assignment are valid this many months; null or absent: no expiry.',
      ),
    renewalWindowDays: renewalWindowDays()
      .optional()
      .describe(
        'With a validity: renewal opens this many days before a certificate expires; absent in events recorded before renewal existed (read as 90).',
      ),
  })
  .describe(
    'A training was given a certificate: learners who complete it can obtain that template version.',
  );

export const certificateUnassignedV1 = z
  .strictObject({
    trainingId: id(),
    templateId: id().describe('The template that was assigned until now.'),
    version: templateVersion().describe('The template version that was assigned until now.'),
    unassignedBy: userId().describe('Id of the user who removed the certificate.'),
  })
  .describe(
    'A training stopped awarding the certificate it had; certificates already generated remain.',
  );

export type TrainingEvent =
  | DomainEvent<'TrainingCreated', z.infer<typeof trainingCreatedV1>>
  | DomainEvent<'CertificateAssigned', z.infer<typeof certificateAssignedV1>>
  | DomainEvent<'CertificateUnassigned', z.infer<typeof certificateUnassignedV1>>;

export const TRAINING_EVENTS = {
  TrainingCreated: { 1: trainingCreatedV1 },
  CertificateAssigned: { 1: certificateAssignedV1 },
  CertificateUnassigned: { 1: certificateUnassignedV1 },
} as const satisfies EventSchemasOf<TrainingEvent>;
