import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_EVENT_TYPES } from '../../src/core/any-event';

describe('AnyEvent, the type of every event the log holds', () => {
  it('names exactly the event types that have a published schema', () => {
    const folders = readdirSync(join(__dirname, '../../event-schemas'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'metadata')
      .map((entry) => entry.name);
    expect([...ALL_EVENT_TYPES].sort()).toEqual(folders.sort());
  });
});
