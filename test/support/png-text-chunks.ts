import { crc32, inflateSync } from 'node:zlib';

/** One iTXt chunk's fields, as the PNG specification (§11.3.4.5) lays them out. */
export interface InternationalText {
  readonly keyword: string;
  readonly compressionFlag: number;
  readonly compressionMethod: number;
  readonly languageTag: string;
  readonly translatedKeyword: string;
  readonly text: Buffer;
}

/**
 * Every iTXt chunk of a PNG, read straight from the specification and written apart from the
 * libraries the service bakes with (png-chunks-extract, -encode, png-chunk-itxt), so that a test
 * does not grade their chunks with their own reader. Also checks each chunk's CRC and that IEND is last.
 */
export function internationalTextChunks(png: Buffer): InternationalText[] {
  const found: InternationalText[] = [];
  let position = 8;
  let last = '';
  while (position < png.length) {
    const length = png.readUInt32BE(position);
    const type = png.toString('latin1', position + 4, position + 8);
    const body = png.subarray(position + 8, position + 8 + length);
    const crc = png.readUInt32BE(position + 8 + length);
    if (crc !== crc32(png.subarray(position + 4, position + 8 + length)))
      throw new Error(`${type}: bad CRC`);
    if (type === 'iTXt') found.push(internationalText(body));
    last = type;
    position += 12 + length;
  }
  if (last !== 'IEND') throw new Error('IEND is not the last chunk');
  return found;
}

function internationalText(body: Buffer): InternationalText {
  const keywordEnd = body.indexOf(0);
  const compressionFlag = body[keywordEnd + 1]!;
  const compressionMethod = body[keywordEnd + 2]!;
  const languageEnd = body.indexOf(0, keywordEnd + 3);
  const translatedEnd = body.indexOf(0, languageEnd + 1);
  const raw = body.subarray(translatedEnd + 1);
  return {
    keyword: body.toString('latin1', 0, keywordEnd),
    compressionFlag,
    compressionMethod,
    languageTag: body.toString('latin1', keywordEnd + 3, languageEnd),
    translatedKeyword: body.toString('utf8', languageEnd + 1, translatedEnd),
    text: compressionFlag === 1 ? inflateSync(raw) : Buffer.from(raw),
  };
}
