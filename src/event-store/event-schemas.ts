import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv2020, {
  type AnySchemaObject,
  type ErrorObject,
  type ValidateFunction,
} from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** An event or its metadata does not match its published contract in `event-schemas/`. */
export class InvalidEventError extends Error {
  constructor(
    message: string,
    readonly errors: readonly ErrorObject[] = [],
  ) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

const SCHEMA_FILE = /^v([1-9]\d*)\.schema\.json$/;
const METADATA_KEY = 'metadata/v1';

/**
 * The event contracts: one JSON Schema per event type and version, as `event-schemas/` publishes
 * them (generated from the zod contracts in src/events by `npm run event-schemas`). Each is
 * compiled the first time an event of its type and version is checked, and kept: compiling all
 * of them took most of a start-up's CPU (every process, every test file), while a process
 * appends a few types. The suite compiles every one against the meta-schema, in strict mode.
 */
export class EventSchemas {
  private readonly validators = new Map<string, ValidateFunction>();

  private constructor(
    private readonly ajv: Ajv2020,
    private readonly schemas: ReadonlyMap<string, AnySchemaObject>,
  ) {}

  /**
   * Reads the schemas synchronously: it happens once, at start-up. The folder is the nearest
   * `event-schemas` above this file, which finds the repository's from src/, dist/ and bench builds.
   */
  static load(dir = nearestSchemasFolder(__dirname)): EventSchemas {
    // The meta-schema check of each schema is left to the suite (it compiles them all with it):
    // the files are generated, and the meta-schema cost more to compile than a schema.
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateSchema: false });
    addFormats(ajv);
    const schemas = new Map<string, AnySchemaObject>();
    for (const folder of readdirSync(dir, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      for (const file of readdirSync(join(dir, folder.name))) {
        const version = SCHEMA_FILE.exec(file)?.[1];
        if (version === undefined) continue;
        const key = `${folder.name}/v${version}`;
        const path = join(dir, folder.name, file);
        const schema = JSON.parse(readFileSync(path, 'utf8')) as AnySchemaObject;
        // The $id is how the schema names itself to readers; a copied file must not lie about it.
        if (schema.$id !== key) throw new Error(`${folder.name}/${file} must have "$id": "${key}"`);
        schemas.set(key, schema);
      }
    }
    if (!schemas.has(METADATA_KEY)) throw new Error(`No ${METADATA_KEY}.schema.json in ${dir}`);
    return new EventSchemas(ajv, schemas);
  }

  validate(type: string, version: number, data: unknown): void {
    const key = `${type}/v${version}`;
    const validator = key === METADATA_KEY ? undefined : this.validator(key);
    if (!validator) throw new InvalidEventError(`No schema for event ${type} v${version}`);
    this.check(validator, data, `Event ${type} v${version}`, 'data');
  }

  validateMetadata(metadata: unknown): void {
    this.check(this.validator(METADATA_KEY)!, metadata, 'Event metadata', 'metadata');
  }

  /** Every event type with at least one schema version, sorted. */
  types(): string[] {
    const keys = [...this.schemas.keys()].filter((key) => key !== METADATA_KEY);
    return [...new Set(keys.map((key) => key.split('/')[0] ?? ''))].sort();
  }

  private validator(key: string): ValidateFunction | undefined {
    let validator = this.validators.get(key);
    if (validator) return validator;
    const schema = this.schemas.get(key);
    if (!schema) return undefined;
    validator = this.ajv.compile(schema);
    this.validators.set(key, validator);
    return validator;
  }

  private check(validator: ValidateFunction, value: unknown, what: string, dataVar: string): void {
    if (validator(value)) return;
    const errors = validator.errors ?? [];
    const text = this.ajv.errorsText(errors, { dataVar });
    throw new InvalidEventError(`${what} is invalid: ${text}`, errors);
  }
}

function nearestSchemasFolder(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'event-schemas');
    if (existsSync(candidate)) return candidate;
  }
  return resolve(from, '../../event-schemas');
}
