/** Characters Windows refuses in a name, and controls (macOS refuses ':', Windows all of them). */
// eslint-disable-next-line no-control-regex -- controls are what it removes
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Bidirectional overrides and isolates: they can make `x\u202Efdp.exe` read as `x exe.pdf`. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Names Windows keeps for devices, whatever follows a dot. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Windows allows 255 UTF-16 units, APFS and HFS+ 255 UTF-8 bytes: stay well below both. */
const MAX_BYTES = 120;

/**
 * A part of a file name that is safe on Windows, macOS and Linux: composed (NFC), without the
 * characters any of them refuse or that spoof an extension, without leading dots or trailing
 * dots and spaces, not a device name, at most MAX_BYTES of UTF-8 cut between characters; `_`
 * when nothing is left.
 */
export function safeFileName(text: string): string {
  let name = text
    .normalize('NFC')
    .replace(BIDI, '')
    .replace(/\s+/g, ' ')
    .replace(UNSAFE, '_')
    .trim()
    .replace(/^\.+/, '');
  let cut = '';
  for (const character of name) {
    if (Buffer.byteLength(cut + character) > MAX_BYTES) break;
    cut += character;
  }
  name = cut.replace(/[. ]+$/, '');
  if (name === '') return '_';
  return RESERVED.test(name.split('.')[0]!) ? `_${name}` : name;
}

/**
 * Hands out names unique as Windows and macOS compare them (case and composition folded), so
 * no file of the archive overwrites another when it is unpacked there.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  take(base: string): string {
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base} (${n})`;
      const folded = name.normalize('NFC').toLowerCase();
      if (this.taken.has(folded)) continue;
      this.taken.add(folded);
      return name;
    }
  }
}
