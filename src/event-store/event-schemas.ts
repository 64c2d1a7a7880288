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
const METADATA = 'metadata';

/**
 * The event contracts: one JSON Schema per event type and version, as `event-schemas/` publishes
 * them (generated from the zod contracts in src/events by `npm run event-schemas`), compiled once
 * at start-up so that an append pays only for running the compiled validators.
 */
export class EventSchemas {
  private constructor(
    private readonly ajv: Ajv2020,
    private readonly validators: ReadonlyMap<string, ValidateFunction>,
    private readonly metadata: ValidateFunction,
  ) {}

  /**
   * Reads the schemas synchronously: it happens once, at start-up. The folder is the nearest
   * `event-schemas` above this file, which finds the repository's from src/, dist/ and bench builds.
   */
  static load(dir = nearestSchemasFolder(__dirname)): EventSchemas {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validators = new Map<string, ValidateFunction>();
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
        validators.set(key, ajv.compile(schema));
      }
    }
    const metadata = validators.get(`${METADATA}/v1`);
    if (!metadata) throw new Error(`No ${METADATA}/v1.schema.json in ${dir}`);
    validators.delete(`${METADATA}/v1`);
    return new EventSchemas(ajv, validators, metadata);
  }

  validate(type: string, version: number, data: unknown): void {
    const validator = this.validators.get(`${type}/v${version}`);
    if (!validator) throw new InvalidEventError(`No schema for event ${type} v${version}`);
    this.check(validator, data, `Event ${type} v${version}`, 'data');
  }

  validateMetadata(metadata: unknown): void {
    this.check(this.metadata, metadata, 'Event metadata', 'metadata');
  }

  /** Every event type with at least one schema version, sorted. */
  types(): string[] {
    return [...new Set([...this.validators.keys()].map((key) => key.split('/')[0] ?? ''))].sort();
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
