import { decodePng, encodePng, type PngChunk } from './png-chunks';

/** Open Badges 3.0 baking: the keyword of the iTXt chunk that carries the credential. */
export const BADGE_KEYWORD = 'openbadgecredential';

/**
 * The badge image with the signed credential baked in: one uncompressed iTXt chunk, keyword
 * `openbadgecredential`, no language or translated keyword, the credential's bytes as its text,
 * placed just before IEND. A credential already baked into the image is replaced, not repeated.
 */
export function bakeBadge(image: Buffer, credential: Buffer): Buffer {
  const chunks = decodePng(image).filter((chunk) => !isBakedCredential(chunk));
  const baked: PngChunk = {
    type: 'iTXt',
    data: Buffer.concat([
      Buffer.from(BADGE_KEYWORD, 'latin1'),
      // Keyword end, compression flag 0, method 0, language tag end, translated keyword end.
      Buffer.from([0, 0, 0, 0, 0]),
      credential,
    ]),
  };
  return encodePng([...chunks.slice(0, -1), baked, chunks.at(-1)!]);
}

function isBakedCredential(chunk: PngChunk): boolean {
  const keyword = Buffer.from(`${BADGE_KEYWORD}\0`, 'latin1');
  return chunk.type === 'iTXt' && chunk.data.subarray(0, keyword.length).equals(keyword);
}
