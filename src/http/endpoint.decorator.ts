import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { z, type ZodType } from 'zod';
import type { Role } from '../auth/actor';
import { Public, Roles } from './access.decorators';
import { type AnswerSpec, answerResponse } from './contract/answers';
import { Problems } from './contract/problems.decorator';
import { OAuthErrorSchema } from './contract/oauth-error.schema';
import type { ProblemCodes } from './contract/problem.schema';

export interface EndpointOptions {
  readonly summary: string;
  readonly description?: string;
  readonly roles?: readonly Role[];
  /** No token needed: the auth guard lets every caller through, and the docs ask for none. */
  readonly public?: boolean;
  readonly body?: ZodType;
  /** The success answers by status: a schema made with named(), or a file or page (answers.ts). */
  readonly answers: Readonly<Record<number, AnswerSpec | readonly AnswerSpec[]>>;
  /** The refusals beyond those every endpoint of its kind gives (401, 403, 400, 429, …). */
  readonly problems?: ProblemCodes;
  /** Takes Idempotency-Key and If-Match; can answer a concurrency conflict or a reused key. */
  readonly command?: boolean;
  /**
   * An OAuth endpoint (token, nonce, credential): its refusals are OAuth's `{ error }` JSON
   * (`sendOAuthError`), not problem+json, but for the rate limit's and the router's.
   */
  readonly oauth?: boolean;
}

/** The statuses an OAuth endpoint refuses with, as `{ error, error_description }`. */
const OAUTH_REFUSALS = [400, 401, 413, 415, 503];

/** Every request can be malformed (414: a path parameter over 1,000 characters) or too many. */
const EVERY_ENDPOINT: ProblemCodes = {
  400: ['validation-failed'],
  414: ['validation-failed'],
  429: ['rate-limited'],
};
const WITH_TOKEN: ProblemCodes = { 401: ['unauthorized'], 403: ['forbidden'] };
const COMMAND: ProblemCodes = {
  409: ['concurrency-conflict'],
  412: ['concurrency-conflict'],
  422: ['idempotency-key-reused'],
  // A store that cannot write now (a full disk): answered with Retry-After, worth retrying.
  503: ['storage-unavailable'],
};
/** Whatever takes a body (every command may be sent one) can get one too large or not JSON. */
const WITH_BODY: ProblemCodes = { 413: ['payload-too-large'], 415: ['unsupported-media-type'] };

/**
 * One place that states an endpoint's roles and its whole contract — request body, every success
 * answer and every refusal — from which the OpenAPI document is generated.
 */
export function Endpoint(options: EndpointOptions) {
  const { summary, roles, body, answers, public: open, command } = options;
  const access = open ? 'Public: no token.' : roles ? `Roles: ${roles.join(', ')}.` : undefined;
  const description = [access, options.description].filter(Boolean).join(' ') || undefined;
  const decorators = [
    ApiOperation({ summary, description }),
    open ? Public() : ApiBearerAuth(),
    ...Object.entries(answers).map(([status, spec]) =>
      ApiResponse({
        status: Number(status),
        ...answerResponse(spec),
        ...(command && { headers: LOG_POSITION_HEADER }),
      }),
    ),
    options.oauth
      ? Problems({ 414: ['validation-failed'], 429: ['rate-limited'] })
      : Problems(
          EVERY_ENDPOINT,
          open ? {} : WITH_TOKEN,
          command ? COMMAND : {},
          command || body ? WITH_BODY : {},
          options.problems ?? {},
        ),
    ...(options.oauth
      ? OAUTH_REFUSALS.map((status) => ApiResponse({ status, ...answerResponse(OAuthErrorSchema) }))
      : []),
  ];
  if (command) decorators.push(...COMMAND_HEADERS);
  if (roles) decorators.push(Roles(...roles));
  if (body) decorators.push(ApiBody({ schema: jsonSchemaOf(body) }));
  return applyDecorators(...decorators);
}

const LOG_POSITION_HEADER = {
  'X-Log-Position': {
    description: 'The log position of the command’s last event, as in the body’s `position`',
    schema: { type: 'string' },
  },
};

const COMMAND_HEADERS = [
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key gets the same answer and appends nothing new',
  }),
  ApiHeader({
    name: 'X-Correlation-Id',
    required: false,
    description:
      'Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id',
  }),
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The stream revision read, in quotes ("3"); a stream that moved on answers 412',
  }),
];

type SchemaObject = Parameters<typeof ApiBody>[0] extends infer O
  ? O extends { schema?: infer S }
    ? NonNullable<S>
    : never
  : never;

function jsonSchemaOf(schema: ZodType): SchemaObject {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'openapi-3.0',
  });
  return json as SchemaObject;
}
