import { type PipeTransform } from '@nestjs/common';
import { z, type ZodType } from 'zod';
import { ID_PATTERN, TENANT_PATTERN } from '../core/ids';
import { validationFailed } from './problem';

/** Validates one part of a request (body, param, query) against a zod schema, or answers 400. */
export class ZodPipe<T extends ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly where = 'body',
  ) {}

  transform(value: unknown): z.infer<T> {
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    throw validationFailed(
      `The ${this.where} is not valid`,
      parsed.error.issues.map((issue) => ({
        path: [this.where, ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    );
  }
}

export const idSchema = z.string().regex(ID_PATTERN, 'must be 1-128 letters, digits, . _ ~ or -');

/**
 * An id parameter: a plain test of the pattern, which every valid request passes (the path of
 * every command has one or two); zod's parse only to word the 400 of one that does not.
 */
class IdParamPipe extends ZodPipe<typeof idSchema> {
  override transform(value: unknown): string {
    return typeof value === 'string' && ID_PATTERN.test(value) ? value : super.transform(value);
  }
}

/** For path parameters that are ids: `@Param('trainingId', IdPipe.of('trainingId'))`. */
export const IdPipe = { of: (name: string) => new IdParamPipe(idSchema, name) };

/** Bodies are JSON objects; a missing body on an endpoint that takes an optional one is {}. */
export const optionalBody = <T extends ZodType>(schema: T) =>
  z.preprocess((value) => (value === undefined || value === null ? {} : value), schema);

export const TenantPipe = new ZodPipe(
  z.string().regex(TENANT_PATTERN, 'is not a tenant id'),
  'tenantId',
);
