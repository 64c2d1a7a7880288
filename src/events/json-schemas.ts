import { z } from 'zod';
import { EVENT_SCHEMAS } from './any-event';
import { EVENT_METADATA } from './event-metadata';

/** The folder of the metadata's schemas in `event-schemas/`, beside one folder per event type. */
const METADATA_FOLDER = 'metadata';

/** One file of `event-schemas/`: its path there (`<Type>/v<N>.schema.json`) and its schema. */
export interface PublishedSchema {
  readonly path: string;
  readonly schema: JsonSchema;
}

type JsonSchema = { [keyword: string]: unknown };

/**
 * The JSON Schemas (draft 2020-12) that `event-schemas/` publishes, generated from the zod
 * contracts: one per event type and version, and the metadata's. Sorted by path. Each names
 * itself (`"$id": "<Type>/v<N>"`) as `EventSchemas.load()` requires.
 */
export function publishedSchemas(): PublishedSchema[] {
  const folders: [string, Readonly<Record<number, z.ZodType>>][] = [
    ...Object.entries(EVENT_SCHEMAS),
    [METADATA_FOLDER, EVENT_METADATA],
  ];
  return folders
    .flatMap(([folder, versions]) =>
      Object.entries(versions).map(([version, schema]) => ({
        path: `${folder}/v${version}.schema.json`,
        schema: published(folder, version, schema),
      })),
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A title (the type's name unless the schema has its own), an id, and a description. */
function published(folder: string, version: string, schema: z.ZodType): JsonSchema {
  const { title, description, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  // Readers learn from it what the event means: a contract without one is not published.
  if (typeof description !== 'string') throw new Error(`${folder} v${version} has no description`);
  const named = `${typeof title === 'string' ? title : folder} v${version}`;
  return tidy({ $id: `${folder}/v${version}`, title: named, description, ...rest }, true);
}

/** Where keywords go: the ones that say what a value is first, its parts last. */
const ORDER = [
  '$schema',
  '$id',
  'title',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
  'allOf',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'items',
  'additionalProperties',
  'required',
  'properties',
];

/**
 * The schema as a person would write it, which zod's is not quite: a nullable value is
 * `"type": [T, "null"]` rather than an `anyOf` of two schemas, and keywords come in a fixed order
 * (a description after the top's title, last everywhere else). Nothing it does changes what the
 * schema accepts.
 */
function tidy(schema: JsonSchema, top: boolean): JsonSchema {
  const node = nullableAsType(schema);
  const entries = Object.entries(node).map(([keyword, value]): [string, unknown] => {
    if (keyword === 'properties' && isSchema(value))
      return [keyword, mapValues(value, (property) => tidy(property, false))];
    if (keyword === 'items' && isSchema(value)) return [keyword, tidy(value, false)];
    if ((keyword === 'allOf' || keyword === 'anyOf') && Array.isArray(value)) {
      const items: unknown[] = value;
      return [keyword, items.map((item) => (isSchema(item) ? tidy(item, false) : item))];
    }
    return [keyword, value];
  });
  const rank = (keyword: string) => {
    if (keyword === 'description') return top ? ORDER.indexOf('title') + 0.5 : ORDER.length + 1;
    const index = ORDER.indexOf(keyword);
    return index === -1 ? ORDER.length : index;
  };
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b)));
}

/** `{ anyOf: [{ type: T, … }, { type: 'null' }] }` as `{ type: [T, 'null'], … }`. */
function nullableAsType(schema: JsonSchema): JsonSchema {
  const { anyOf, ...outer } = schema;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return schema;
  const [value, nothing] = anyOf as unknown[];
  if (!isSchema(value) || !isSchema(nothing)) return schema;
  if (Object.keys(nothing).length !== 1 || nothing.type !== 'null') return schema;
  // An enum or a const would have to list null too; such a schema keeps its anyOf.
  if (typeof value.type !== 'string' || 'enum' in value || 'const' in value) return schema;
  return { ...value, type: [value.type, 'null'], ...outer };
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapValues(object: JsonSchema, change: (value: JsonSchema) => JsonSchema): JsonSchema {
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => [key, isSchema(value) ? change(value) : value]),
  );
}
