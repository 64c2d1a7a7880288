import { decodeSync, encodeSync } from 'png-chunk-itxt';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';

/** Open Badges 3.0 baking: the keyword of the iTXt chunk that carries the credential. */
export const BADGE_KEYWORD = 'openbadgecredential';

type Chunk = ReturnType<typeof extractChunks>[number];

/**
 * The badge image with the signed credential baked in: one uncompressed iTXt chunk, keyword
 * `openbadgecredential`, no language or translated keyword, the credential's bytes (UTF-8 JSON)
 * as its text, placed just before IEND. A credential already baked into the image is replaced,
 * not repeated. The chunks are read and written by png-chunks-extract, png-chunks-encode and
 * png-chunk-itxt, which check and compute the CRCs.
 */
export function bakeBadge(image: Buffer, credential: Buffer): Buffer {
  const chunks = extractChunks(image).filter((chunk) => !isBakedCredential(chunk));
  const baked: Chunk = {
    name: 'iTXt',
    data: encodeSync({
      keyword: BADGE_KEYWORD,
      compressionFlag: false,
      compressionMethod: 0,
      languageTag: '',
      translatedKeyword: '',
      text: credential.toString('utf8'),
    }),
  };
  return Buffer.from(encodeChunks([...chunks.slice(0, -1), baked, chunks.at(-1)!]));
}

function isBakedCredential(chunk: Chunk): boolean {
  return chunk.name === 'iTXt' && decodeSync(chunk.data).keyword === BADGE_KEYWORD;
}
