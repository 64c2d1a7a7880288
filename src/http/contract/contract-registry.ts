import { z, type ZodType } from 'zod';

export interface ContractMeta {
  /** Named: a component schema. Without a name the metadata (format, pattern…) is inlined. */
  readonly id?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly description?: string;
  readonly example?: unknown;
}

/**
 * The named schemas of the public contract. Each becomes `components.schemas.<id>` in the
 * OpenAPI document, and every response that uses it refers to it there.
 */
export const contract = z.registry<ContractMeta>();

/** Registers a response schema under its public name; returns it, so it reads as a declaration. */
export function named<T extends ZodType>(
  id: string,
  schema: T,
  meta: Omit<ContractMeta, 'id'> = {},
) {
  (schema as ZodType).register(contract, { id, ...meta });
  return schema;
}

export const componentRef = (schema: ZodType) => {
  const id = contract.get(schema)?.id;
  if (id === undefined) throw new Error('A response schema must be registered with named()');
  return { $ref: `#/components/schemas/${id}` };
};

/** Every named schema as OpenAPI 3.0 JSON Schema, as answers leave the service (`io: output`). */
export function contractComponents(): Record<string, object> {
  const { schemas } = z.toJSONSchema(contract, {
    target: 'openapi-3.0',
    io: 'output',
    metadata: contract,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $id: _id, ...schema }]) => [id, schema]),
  );
}

type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * What a handler returns for a schema: annotating the handler with it makes the compiler hold
 * the code to the documented answer (read models hand out readonly documents).
 */
export type Answer<S extends ZodType> = DeepReadonly<z.output<S>>;
