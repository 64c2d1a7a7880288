import { randomBytes } from 'node:crypto';

const IV_BYTES = 12;
/** IVs drawn from the system's random source at once: one call for this many seals. */
const IVS_A_DRAW = 512;

let drawn = Buffer.alloc(0);
let next = 0;

/**
 * A fresh random 96-bit IV for AES-GCM. A call to the random source costs about as much as the
 * whole encryption of a profile, so IVs are drawn in bulk and each handed out once, never
 * again: a slice of the draw is used by one seal only.
 */
export function randomIv(): Buffer {
  if (next === drawn.length) {
    drawn = randomBytes(IV_BYTES * IVS_A_DRAW);
    next = 0;
  }
  const iv = drawn.subarray(next, next + IV_BYTES);
  next += IV_BYTES;
  return iv;
}
