import type { ZodType } from 'zod';
import { componentRef, contract } from './contract-registry';

/** A success answer that is not JSON of a named schema: a file, a page, a signed document. */
export interface MediaAnswer {
  readonly description: string;
  readonly content: Readonly<
    Record<string, { readonly schema: object; readonly example?: unknown }>
  >;
}

export type AnswerSpec = ZodType | MediaAnswer;

export const binaryFile = (mediaType: string, description: string): MediaAnswer => ({
  description,
  content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
});

export const textOf = (mediaType: string, description: string): MediaAnswer => ({
  description,
  content: { [mediaType]: { schema: { type: 'string' } } },
});

/** An answer without a body: 304 Not Modified to a conditional request. */
export const noBody = (description: string): MediaAnswer => ({ description, content: {} });

/** JSON of a named schema under another media type (application/vc+ld+json). */
export const jsonAs = (mediaType: string, schema: ZodType, description: string): MediaAnswer => ({
  description,
  content: { [mediaType]: { schema: componentRef(schema) } },
});

/** The OpenAPI response of one success status; several specs are alternative media types. */
export function answerResponse(spec: AnswerSpec | readonly AnswerSpec[]) {
  const specs: readonly AnswerSpec[] = Array.isArray(spec) ? spec : [spec as AnswerSpec];
  const media = specs.map((one) =>
    isMedia(one) ? one : jsonAs('application/json', one, contract.get(one)?.description ?? 'OK'),
  );
  const content = Object.assign({}, ...media.map((one) => one.content)) as MediaAnswer['content'];
  return {
    description: media.map((one) => one.description).join('; or '),
    ...(Object.keys(content).length > 0 && { content }),
  };
}

const isMedia = (spec: AnswerSpec): spec is MediaAnswer => !('_zod' in spec);
