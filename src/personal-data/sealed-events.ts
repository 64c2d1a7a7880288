import type { EventMetadata } from '../events/event-metadata';
import { open, seal, type SealedPersonalData } from './personal-data-cipher';
import { type LearnerKey, type LearnerRef, learnerKeyId } from './personal-data-keys';

/**
 * The events that hold a learner's personal data, and which of their fields: names and e-mails,
 * the free-text reasons people write (they may name someone), and a wallet holder's DID. Their
 * stored version (2) keeps those fields, and the request's hash, in one `personalData` sealed
 * under the learner's key; deciders and projections read the version-1 fields, opened
 * (`OpenedEventLog`).
 */
const SEALED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  LearnerProfileRecorded: ['name', 'email'],
  LearnerPersonalDataErased: ['reason'],
  CertificateRevoked: ['reason'],
  CertificateDeleted: ['reason'],
  WalletCredentialIssued: ['holder'],
};

/** The version each of them is stored as since its personal data is sealed. */
export const SEALED_VERSION = 2;

export const holdsPersonalData = (event: { readonly type: string }): boolean =>
  Object.hasOwn(SEALED_FIELDS, event.type);

export const isProfile = (event: { readonly type: string }): boolean =>
  event.type === 'LearnerProfileRecorded';

/** Whose data it is: every event that holds personal data names its learner. */
export const learnerOf = (event: {
  readonly data: object;
  readonly metadata: Pick<EventMetadata, 'tenant'>;
}): LearnerRef => ({
  tenant: event.metadata.tenant,
  learnerId: (event.data as { learnerId: string }).learnerId,
});

interface Sealable {
  readonly type: string;
  readonly eventId: string;
  readonly data: object;
  readonly metadata: EventMetadata;
}

type Plain = Record<string, unknown> & { requestHash?: string };

/**
 * The event as the log stores it: its personal fields and the request's hash (a plain SHA-256
 * of a body holding them would confirm a guessed name after the erasure) sealed under `key`,
 * bound to the learner.
 */
export function sealEvent<E extends Sealable>(key: Buffer, event: E): E {
  const { requestHash, ...metadata } = event.metadata;
  const fields = SEALED_FIELDS[event.type] ?? [];
  const plain: Plain = {};
  for (const field of fields) plain[field] = (event.data as Record<string, unknown>)[field];
  // Copied without them rather than deleted from a copy: an object a field was deleted from
  // turns into a slow dictionary for everything that reads it next (the schema, the append).
  const data: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(event.data))
    if (!fields.includes(field)) data[field] = value;
  if (requestHash !== undefined) plain.requestHash = requestHash;
  data.personalData = seal(key, learnerKeyId(learnerOf(event)), plain);
  return { ...event, data, metadata: { ...metadata, eventVersion: SEALED_VERSION } };
}

/**
 * The event as readers get it: opened under the learner's key while it is active; with its
 * personal fields null and no request hash once the key is destroyed (or, for one sealed under
 * another key or altered, `unreadable` is told and it reads the same). Events stored before
 * sealing (version 1) are read as they are until their learner is erased.
 */
export function openEvent<E extends Sealable>(
  event: E,
  key: LearnerKey | undefined,
  unreadable: (event: E) => void,
): E {
  const fields = SEALED_FIELDS[event.type] ?? [];
  const { personalData, ...rest } = event.data as { personalData?: SealedPersonalData };
  const { requestHash: _hidden, ...metadata } = event.metadata;
  const erased = (): E => ({
    ...event,
    data: { ...rest, ...Object.fromEntries(fields.map((field) => [field, null])) },
    metadata,
  });
  if (event.metadata.eventVersion < SEALED_VERSION)
    return key?.state === 'erased' ? erased() : event;
  if (key?.state !== 'active') return erased();
  if (!personalData) throw new Error(`${event.type} ${event.eventId} is not sealed`);
  let plain: Plain;
  try {
    plain = open<Plain>(key.key, learnerKeyId(learnerOf(event)), personalData);
  } catch {
    unreadable(event);
    return erased();
  }
  const { requestHash, ...values } = plain;
  const opened = Object.fromEntries(fields.map((field) => [field, values[field] ?? null]));
  return {
    ...event,
    data: { ...rest, ...opened },
    metadata: { ...metadata, ...(requestHash !== undefined && { requestHash }) },
  };
}
