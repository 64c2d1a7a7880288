import { createCipheriv, createDecipheriv, createSecretKey } from 'node:crypto';
import { randomIv } from './random-ivs';

/** A learner's name and e-mail, the personal data the log holds. */
export interface PersonalData {
  readonly name: string;
  readonly email: string;
}

/** How the log stores personal data: AES-256-GCM, base64url fields. */
export interface SealedPersonalData {
  readonly alg: 'A256GCM';
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

/** The smallest padded plaintext; most profiles and reasons fit, so most look alike. */
const SMALLEST_BUCKET = 256;

/**
 * The JSON padded with spaces to the next power of two (at least 256 bytes): a ciphertext
 * tells only which bucket its plaintext fell in, not its length. JSON.parse ignores trailing
 * white space, so what was sealed before padding opens the same way.
 */
export function padded(json: string): Buffer {
  const length = Buffer.byteLength(json);
  let size = SMALLEST_BUCKET;
  while (size < length) size *= 2;
  // One buffer of the bucket's size, written once: no copy of the bytes into a second one.
  const bytes = Buffer.allocUnsafe(size);
  bytes.write(json);
  return bytes.fill(0x20, length);
}

/**
 * Encrypts under the learner's key. The associated data binds the ciphertext to its tenant and
 * learner, so a sealed value copied into another learner's event does not decrypt.
 */
export function seal(key: Buffer, boundTo: string, data: object): SealedPersonalData {
  const iv = randomIv();
  // A key object first: handed a Buffer, createCipheriv spends three times as long on the key.
  const cipher = createCipheriv('aes-256-gcm', createSecretKey(key), iv);
  cipher.setAAD(Buffer.from(boundTo));
  // GCM is a stream mode: `update` gives every byte, `final` only checks and gives none.
  const ciphertext = cipher.update(padded(JSON.stringify(data)));
  cipher.final();
  return {
    alg: 'A256GCM',
    iv: iv.toString('base64url'),
    ciphertext: ciphertext.toString('base64url'),
    tag: cipher.getAuthTag().toString('base64url'),
  };
}

/** Decrypts; throws when the key, the binding or the bytes are not the ones it was sealed with. */
export function open<T = PersonalData>(
  key: Buffer,
  boundTo: string,
  sealed: SealedPersonalData,
): T {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    createSecretKey(key),
    Buffer.from(sealed.iv, 'base64url'),
  );
  decipher.setAAD(Buffer.from(boundTo));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
  const plain = Buffer.concat([
    decipher.update(Buffer.from(sealed.ciphertext, 'base64url')),
    decipher.final(),
  ]);
  return JSON.parse(plain.toString('utf8')) as T;
}
