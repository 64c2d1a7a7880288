import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { z, type ZodType } from 'zod';
import type { Role } from '../auth/actor';
import { Public, Roles } from './access.decorators';

export interface EndpointOptions {
  readonly summary: string;
  readonly roles?: readonly Role[];
  /** No token needed: the auth guard lets every caller through, and the docs ask for none. */
  readonly public?: boolean;
  readonly body?: ZodType;
  readonly responses: Readonly<Record<number, string>>;
}

/** One place that states an endpoint's roles and documents it in the OpenAPI page. */
export function Endpoint({ summary, roles, body, responses, public: open }: EndpointOptions) {
  const description = open ? 'Public: no token' : roles ? `Roles: ${roles.join(', ')}` : undefined;
  const decorators = [
    ApiOperation({ summary, description }),
    open ? Public() : ApiBearerAuth(),
    ...Object.entries(responses).map(([status, description]) =>
      ApiResponse({ status: Number(status), description }),
    ),
  ];
  if (roles) decorators.push(Roles(...roles));
  if (body) decorators.push(ApiBody({ schema: jsonSchemaOf(body) }));
  return applyDecorators(...decorators);
}

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
