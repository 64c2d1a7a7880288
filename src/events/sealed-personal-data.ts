import { z } from 'zod';

/**
 * How the log stores personal data: AES-256-GCM under the learner's key, base64url fields.
 * `maxCiphertext` bounds the padded plaintext (4/3 of it, in base64url).
 */
export const sealedData = (maxCiphertext: number) =>
  z.strictObject({
    alg: z.literal('A256GCM'),
    iv: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16}$/)
      .describe('12 random bytes, base64url'),
    ciphertext: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .max(maxCiphertext),
    tag: z
      .string()
      .regex(/^[A-Za-z0-9_-]{22}$/)
      .describe('16-byte GCM tag, base64url'),
  });

/** A profile: name, e-mail and a request hash pad to at most 2 KiB. */
export const sealedPersonalData = sealedData(4096);

/** A free-text reason (at most 1,000 characters) and a request hash pad to at most 8 KiB. */
export const sealedReason = sealedData(11_000).describe(
  "The JSON {\"reason\"} (and the event's requestHash when the request had an Idempotency-Key), padded with spaces to a power of two of at least 256 bytes, sealed under the learner's key with '<tenant>/<learnerId>' as associated data. Destroying the key erases it.",
);
