import { z } from 'zod';
import { PROBLEM_TYPE, type ProblemCode, TITLES } from '../problem';
import { componentRef, named } from './contract-registry';

const PROBLEM_CODES = [
  'validation-failed',
  'unauthorized',
  'forbidden',
  'not-found',
  'template-not-found',
  'version-not-found',
  'feature-inactive',
  'not-completed',
  'no-certificate-assigned',
  'not-ready',
  'certificate-revoked',
  'renewal-not-open',
  'invalid-webhook-url',
  'learner-erased',
  'already-exists',
  'concurrency-conflict',
  'idempotency-key-reused',
  'payload-too-large',
  'unsupported-media-type',
  'not-acceptable',
  'rate-limited',
  'stale',
  'template-not-renderable',
  'storage-unavailable',
  'internal-error',
] as const satisfies readonly ProblemCode[];

// Fails to compile when a code is added to ProblemCode but not to the contract.
const everyCode: Record<Exclude<ProblemCode, (typeof PROBLEM_CODES)[number]>, never> = {};
void everyCode;

const DETAILS: Partial<Record<ProblemCode, string>> = {
  'validation-failed': 'The body is not valid',
  unauthorized: 'A bearer token is required',
  forbidden: 'Your role does not allow this',
  'not-found': 'No such resource',
  'rate-limited': 'Too many requests; try again in 1 minute',
  stale: 'The read models have not reached position 42 yet',
  'storage-unavailable': 'The event-store cannot write now (its disk is full); try again later',
};

export const FieldErrorSchema = named(
  'FieldError',
  z.object({
    path: z.string().meta({ description: 'Where: body.email, query.limit, trainingId, …' }),
    message: z.string(),
  }),
);

export const ProblemSchema = named(
  'Problem',
  z.object({
    type: z.string().meta({
      description: `${PROBLEM_TYPE} (RFC 9457): the problem is its status; \`code\` names it`,
    }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    code: z.enum(PROBLEM_CODES),
    errors: z.array(FieldErrorSchema).optional(),
  }),
  {
    description: 'An RFC 9457 problem (application/problem+json); `code` is stable (SPEC §4).',
    example: problemExample(404, 'not-found'),
  },
);

/** The problems one operation can answer: for each status, the codes it can carry. */
export type ProblemCodes = Readonly<Partial<Record<number, readonly ProblemCode[]>>>;

export function mergeProblems(...all: ProblemCodes[]): Record<number, ProblemCode[]> {
  const merged: Record<number, ProblemCode[]> = {};
  for (const problems of all)
    for (const [status, codes] of Object.entries(problems))
      merged[Number(status)] = [...new Set([...(merged[Number(status)] ?? []), ...(codes ?? [])])];
  return merged;
}

/** The OpenAPI response of one problem status: the Problem schema, narrowed to its codes. */
export function problemResponse(status: number, codes: readonly ProblemCode[]) {
  const [first = 'validation-failed'] = codes;
  return {
    description: `${TITLES[status] ?? 'Error'}: ${codes.join(', ')}`,
    content: {
      'application/problem+json': {
        schema: {
          allOf: [
            componentRef(ProblemSchema),
            { type: 'object', properties: { status: { enum: [status] }, code: { enum: codes } } },
          ],
        },
        example: problemExample(status, first),
      },
    },
  };
}

function problemExample(status: number, code: ProblemCode) {
  return {
    type: PROBLEM_TYPE,
    title: TITLES[status] ?? 'Error',
    status,
    detail: DETAILS[code] ?? `Refused: ${code}`,
    code,
    ...(code === 'validation-failed' && {
      errors: [{ path: 'body.email', message: 'Invalid email address' }],
    }),
  };
}
