import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { ID_PATTERN, TENANT_PATTERN } from '../core/ids';

/**
 * The data schemas of a union of events: for each type, one zod schema per version (1, 2, …),
 * as the log stores it. `satisfies EventSchemasOf<SomeEvent>` makes the compiler check that
 * every type of the union has its schemas and that no schema names a type the union lacks.
 */
export type EventSchemasOf<E extends DomainEvent> = {
  readonly [T in E['type']]: Readonly<Record<number, z.ZodType>>;
};

/** Readonly all the way down, as the domain's value types and the metadata are. */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** An id of the platform's: URL-safe, never ':' nor a leading '_' (see core/ids). */
export const id = () => z.string().regex(ID_PATTERN);

/** A tenant id; shorter than other ids. */
export const tenantId = () => z.string().regex(TENANT_PATTERN);

/** A time as `Date.toISOString()` writes it: RFC 3339, in UTC ('Z'). */
export const dateTime = () => z.iso.datetime();

/**
 * A daily cut-off: 00:00 UTC to the millisecond. The format is said again because zod leaves it
 * out of the JSON Schema of a date-time that has a pattern of its own.
 */
export const utcMidnight = () =>
  dateTime()
    .regex(/T00:00:00\.000Z$/)
    .meta({ format: 'date-time' });

/** Who did it: a user's id, or a system process's name. */
export const userId = () => z.string().min(1).max(200);

/** Lower-case hex SHA-256 of a file's bytes. */
export const sha256 = () => z.string().regex(/^[0-9a-f]{64}$/);

/** A file's size in bytes. */
export const byteSize = () => z.int().min(0);

/** A template version: 1 for the first, then one more for each publication. */
export const templateVersion = () => z.int().min(1);

/**
 * An e-mail address as ajv-formats' `email` format checks it (letters of either case, as its
 * `/i` flag allows), spelled without flags: JSON Schema patterns have none.
 */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

export const email = () => z.email({ pattern: EMAIL });

/** How many months a certificate stays valid; null: no expiry. */
export const validForMonths = () => z.int().min(1).max(120).nullable();

/** How many days before a certificate's expiry its renewal opens (SPEC §1 "Renewal"). */
export const renewalWindowDays = () => z.int().min(1).max(365);

/** A learner's cycle in a training: 1 from the enrolment, one more per renewal. */
export const cycle = () => z.int().min(1);

/** A status list's index: the Bitstring status list holds 131,072 entries. */
export const statusListIndex = () => z.int().min(0).max(131071);

/** An issuer's prefix for its certificates' numbers: 2 to 12 capital letters and digits. */
export const CERTIFICATE_PREFIX = /^[A-Z0-9]{2,12}$/;
export const certificatePrefix = () => z.string().regex(CERTIFICATE_PREFIX);

/** A certificate's number: `<prefix>-<year>-<sequence of at least 6 digits>`. */
export const certificateNumber = () => z.string().regex(/^[A-Z0-9]{2,12}-\d{4}-\d{6,}$/);
