import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ALL_EVENT_TYPES, EVENT_SCHEMAS } from '../../src/events/any-event';
import { EVENT_METADATA } from '../../src/events/event-metadata';

const FOLDER = join(__dirname, '../../event-schemas');
const SAMPLE_FILE = /^v([1-9]\d*)\.sample\.json$/;

/** The zod contracts of each folder of event-schemas/ (an event type, or the metadata), per version. */
const contracts: Readonly<Record<string, Readonly<Record<number, z.ZodType>>>> = {
  ...EVENT_SCHEMAS,
  metadata: EVENT_METADATA,
};

const samples = readdirSync(FOLDER, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap(({ name: folder }) =>
    readdirSync(join(FOLDER, folder)).flatMap((file) => {
      const version = SAMPLE_FILE.exec(file)?.[1];
      return version === undefined ? [] : [[folder, Number(version), file] as const];
    }),
  );

describe('AnyEvent, the type of every event the log holds', () => {
  it('names exactly the event types that have a published schema', () => {
    const folders = readdirSync(FOLDER, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'metadata')
      .map((entry) => entry.name);
    expect([...ALL_EVENT_TYPES].sort()).toEqual(folders.sort());
  });

  it('names each type once, every one with a version 1', () => {
    expect(new Set(ALL_EVENT_TYPES).size).toBe(ALL_EVENT_TYPES.length);
    for (const type of ALL_EVENT_TYPES) expect(contracts[type]?.[1]).toBeDefined();
  });

  it.each(samples)(
    'has a zod contract that accepts the sample of %s v%d',
    (folder, version, file) => {
      const data: unknown = JSON.parse(readFileSync(join(FOLDER, folder, file), 'utf8'));

      const contract = contracts[folder]?.[version];

      expect(contract?.safeParse(data).error).toBeUndefined();
      expect(contract).toBeDefined();
    },
  );
});
