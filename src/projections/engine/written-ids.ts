/** 2^24 bits (2 MB): under 1 % false positives up to about 2 million ids, and no more memory after. */
const BITS = 1 << 24;
const HASHES = 4;

/**
 * Which ids a rebuild may have written to collections that started empty: a Bloom filter, so a
 * miss of the write-back cache reads the store only for a document it may hold, in fixed memory.
 * It answers "maybe" for every id added and, rarely, for one never added (then the read finds
 * nothing, as it would have anyway).
 */
export class WrittenIds {
  private readonly bits = new Uint32Array(BITS / 32);

  add(collection: string, id: string): void {
    hash(collection, id);
    for (let i = 0, bit = first; i < HASHES; i++, bit = (bit + step) >>> 0) {
      const at = bit & (BITS - 1);
      this.bits[at >>> 5]! |= 1 << (at & 31);
    }
  }

  mayHold(collection: string, id: string): boolean {
    hash(collection, id);
    for (let i = 0, bit = first; i < HASHES; i++, bit = (bit + step) >>> 0) {
      const at = bit & (BITS - 1);
      if ((this.bits[at >>> 5]! & (1 << (at & 31))) === 0) return false;
    }
    return true;
  }
}

/** Two independent 32-bit hashes of the key (FNV-1a, and a multiplicative one), for double hashing. */
let first = 0;
let step = 0;

function hash(collection: string, id: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const key = `${collection}\0${id}`;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  first = a >>> 0;
  // Odd, so the probes land on distinct bits.
  step = (b | 1) >>> 0;
}
