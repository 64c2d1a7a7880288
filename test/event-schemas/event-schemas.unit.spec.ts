import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EventSchemas, InvalidEventError } from '../../src/event-store/event-schemas';

const root = resolve(__dirname, '../..');
const schemasDir = join(root, 'event-schemas');

const eventUnionFiles = [
  'src/write/features/domain/certificates-feature.ts',
  'src/write/templates/domain/template.events.ts',
  'src/write/trainings/domain/training.events.ts',
  'src/write/learners/domain/learner-profile.ts',
  'src/write/enrollments/domain/enrollment.events.ts',
  'src/write/certificates/domain/certificate.events.ts',
  'src/write/cutoffs/domain/daily-cutoffs.ts',
  'src/write/reports/domain/progress-report.ts',
  'src/write/issuers/domain/issuer-profile.events.ts',
  'src/write/status-lists/domain/status-list.events.ts',
];

const schemaFolders = readdirSync(schemasDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const eventTypes = schemaFolders.filter((name) => name !== 'metadata');

function readSample(folder: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(schemasDir, folder, 'v1.sample.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Read as text so that a type added to a union cannot ship without its schema. */
function typesTheDecidersEmit(): Set<string> {
  const types = new Set<string>();
  for (const file of eventUnionFiles.map((name) => join(root, name)).filter(existsSync))
    for (const match of readFileSync(file, 'utf8').matchAll(/DomainEvent<\s*'([A-Za-z]+)'/g))
      types.add(match[1]!);
  return types;
}

describe('event schemas', () => {
  const schemas = EventSchemas.load();

  it.each(eventTypes)('accepts the sample of %s', (type) => {
    expect(() => schemas.validate(type, 1, readSample(type))).not.toThrow();
  });

  it('accepts the metadata sample', () => {
    expect(() => schemas.validateMetadata(readSample('metadata'))).not.toThrow();
  });

  it('has a schema for exactly the event types the deciders can emit', () => {
    expect(typesTheDecidersEmit()).toEqual(new Set(eventTypes));
    expect(schemas.types()).toEqual([...eventTypes].sort());
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
