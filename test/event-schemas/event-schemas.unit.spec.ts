import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { EventSchemas, InvalidEventError } from '../../src/event-store/event-schemas';
import { ALL_EVENT_TYPES } from '../../src/events/any-event';

const schemasDir = join(resolve(__dirname, '../..'), 'event-schemas');
const SAMPLE_FILE = /^v([1-9]\d*)\.sample\.json$/;

const schemaFolders = readdirSync(schemasDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const eventTypes = schemaFolders.filter((name) => name !== 'metadata');

/** Every sample beside an event type's schemas, with the version it shows. */
const eventSamples = eventTypes.flatMap((type) =>
  readdirSync(join(schemasDir, type)).flatMap((file) => {
    const version = SAMPLE_FILE.exec(file)?.[1];
    return version === undefined ? [] : [[type, Number(version)] as const];
  }),
);

function readSample(folder: string, version = 1): Record<string, unknown> {
  const file = join(schemasDir, folder, `v${version}.sample.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Every schema file of every folder, metadata's too, by its `$id`. */
const schemaFiles = schemaFolders.flatMap((folder) =>
  readdirSync(join(schemasDir, folder))
    .filter((file) => file.endsWith('.schema.json'))
    .map((file) => [`${folder}/${file}`, join(schemasDir, folder, file)] as const),
);

describe('event schemas', () => {
  const schemas = EventSchemas.load();

  // The service compiles a schema at its first use, without the meta-schema check: here each one
  // is checked against JSON Schema 2020-12 and compiled in strict mode, as a start-up once did.
  it.each(schemaFiles)(
    '%s is a valid JSON Schema 2020-12 that compiles in strict mode',
    (_, path) => {
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      addFormats(ajv);
      const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

      expect(ajv.validateSchema(schema)).toBe(true);
      expect(() => ajv.compile(schema)).not.toThrow();
    },
  );

  it('refuses an event of an unknown type or version, and the metadata schema as an event type', () => {
    expect(() => schemas.validate('NoSuchEvent', 1, {})).toThrow(
      /No schema for event NoSuchEvent v1/,
    );
    expect(() => schemas.validate('TrainingCreated', 99, {})).toThrow(InvalidEventError);
    expect(() => schemas.validate('metadata', 1, readSample('metadata'))).toThrow(
      /No schema for event metadata v1/,
    );
  });

  it.each(eventSamples)('accepts the sample of %s v%d', (type, version) => {
    expect(() => schemas.validate(type, version, readSample(type, version))).not.toThrow();
  });

  it('has a sample of every event type', () => {
    expect(new Set(eventSamples.map(([type]) => type))).toEqual(new Set(eventTypes));
  });

  it('accepts the metadata sample', () => {
    expect(() => schemas.validateMetadata(readSample('metadata'))).not.toThrow();
  });

  it('has a schema for exactly the event types the log can hold', () => {
    expect(schemas.types()).toEqual([...ALL_EVENT_TYPES].sort());
  });

  it.each([
    ['a missing required field', { title: undefined }],
    ['an extra property', { createdAt: '2025-03-14T09:26:53.589Z' }],
    ['a value outside the enum', { type: 'webinar' }],
    ['a null where null is not allowed', { title: null }],
  ])('rejects data with %s', (_case, change) => {
    const data = JSON.parse(
      JSON.stringify({ ...readSample('TrainingCreated'), ...change }),
    ) as unknown;

    expect(() => schemas.validate('TrainingCreated', 1, data)).toThrow(InvalidEventError);
  });

  it('names the event, its version and what is wrong', () => {
    const data = { ...readSample('LearningProgressRecorded'), percent: 101 };

    expect(() => schemas.validate('LearningProgressRecorded', 1, data)).toThrow(
      /LearningProgressRecorded v1 .*data\/percent must be <= 100/,
    );
  });

  it('rejects malformed formats', () => {
    const enrolled = { ...readSample('LearnerEnrolled'), enrolledAt: '2025-04-02 07:12' };
    const profile = { ...readSample('LearnerProfileRecorded'), email: 'zoe.martin' };
    const cutoff = { ...readSample('DailyCutoffPassed'), cutoff: '2025-04-10T00:00:01.000Z' };

    expect(() => schemas.validate('LearnerEnrolled', 1, enrolled)).toThrow(InvalidEventError);
    expect(() => schemas.validate('LearnerProfileRecorded', 1, profile)).toThrow(InvalidEventError);
    expect(() => schemas.validate('DailyCutoffPassed', 1, cutoff)).toThrow(InvalidEventError);
  });

  it.each(['Zoe.Martin@ACME.Example', "o'brien+certs@mail.acme.example", 'a#b@x.io'])(
    'accepts the e-mail address %s, as the requests are checked (ajv-formats)',
    (email) => {
      const profile = { ...readSample('LearnerProfileRecorded'), email };
      const issuer = { ...readSample('IssuerProfileRecorded'), email };

      expect(() => schemas.validate('LearnerProfileRecorded', 1, profile)).not.toThrow();
      expect(() => schemas.validate('IssuerProfileRecorded', 1, issuer)).not.toThrow();
    },
  );

  it('rejects a time not in UTC: the log holds times as Date.toISOString() writes them', () => {
    const enrolled = {
      ...readSample('LearnerEnrolled'),
      enrolledAt: '2025-04-02T09:12:30.120+02:00',
    };

    expect(() => schemas.validate('LearnerEnrolled', 1, enrolled)).toThrow(/must match pattern/);
  });

  it('rejects an unknown event type or version', () => {
    expect(() => schemas.validate('CertificateEmailed', 1, {})).toThrow(
      /No schema for event CertificateEmailed v1/,
    );
    expect(() => schemas.validate('TrainingCreated', 2, readSample('TrainingCreated'))).toThrow(
      InvalidEventError,
    );
  });

  it('rejects invalid metadata', () => {
    const metadata = { ...readSample('metadata'), tenant: 'acme:eu', eventVersion: 0 };

    expect(() => schemas.validateMetadata(metadata)).toThrow(InvalidEventError);
  });
});
