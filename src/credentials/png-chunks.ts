import { crc32 } from 'node:zlib';

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngChunk {
  /** Four ASCII letters: `IHDR`, `IDAT`, `iTXt`, `IEND`, … */
  readonly type: string;
  readonly data: Buffer;
}

/** One chunk as PNG frames it: length, type, data, and the CRC-32 of type and data. */
export function encodeChunk({ type, data }: PngChunk): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const frame = Buffer.alloc(typeAndData.length + 8);
  frame.writeUInt32BE(data.length, 0);
  typeAndData.copy(frame, 4);
  frame.writeUInt32BE(crc32(typeAndData), frame.length - 4);
  return frame;
}

export function encodePng(chunks: readonly PngChunk[]): Buffer {
  return Buffer.concat([PNG_SIGNATURE, ...chunks.map(encodeChunk)]);
}

/** A PNG's chunks in file order; throws on a file that is not a whole PNG or a broken CRC. */
export function decodePng(png: Buffer): PngChunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('Not a PNG');
  const chunks: PngChunk[] = [];
  for (let offset = 8; offset < png.length;) {
    if (offset + 12 > png.length) throw new Error('A PNG chunk is cut short');
    const length = png.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw new Error('A PNG chunk is cut short');
    const typeAndData = png.subarray(offset + 4, end - 4);
    if (crc32(typeAndData) !== png.readUInt32BE(end - 4)) throw new Error('A PNG chunk CRC fails');
    const type = typeAndData.subarray(0, 4).toString('latin1');
    chunks.push({ type, data: Buffer.from(typeAndData.subarray(4)) });
    offset = end;
  }
  if (chunks.at(-1)?.type !== 'IEND') throw new Error('A PNG without IEND');
  return chunks;
}
