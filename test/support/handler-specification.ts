import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyEvent } from '../../src/events/any-event';
import type { CommandContext } from '../../src/core/command-context';
import { DomainError, type DomainErrorCode } from '../../src/core/domain-error';
import { withMetadata } from '../../src/event-store/event-metadata';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import type { Append } from '../../src/event-store/event-store';
import type { WriteModel } from '../../src/write/command-handling/write-model';
import { OpenedEventLog } from '../../src/personal-data/opened-event-log';
import { SqlitePersonalDataKeys } from '../../src/personal-data/sqlite-personal-data-keys';
import { writeStack } from './write-stack';

/** Events per stream: what the log holds before the command, or what the command appended. */
export type Streams = Record<string, readonly AnyEvent[]>;

export type Handler = (write: WriteModel, context: CommandContext) => Promise<unknown>;

/**
 * A command handler run against existing streams in a real SQLite event store (behind the
 * append path, reasons sealed, as in the service): given these events in these streams, when the handler
 * runs, then these events are appended, or nothing, or the command is refused.
 */
export const HandlerSpecification = {
  at(now: Date, context: Partial<CommandContext> = {}) {
    return {
      given: (history: Streams) => ({
        when: (handler: Handler) => {
          const run = async () => {
            const dir = mkdtempSync(join(tmpdir(), 'handler-'));
            const raw = new SqliteEventStore(join(dir, 'events.sqlite'), 10);
            // Reasons are sealed under learners' keys as in the service, and read back opened.
            const keys = new SqlitePersonalDataKeys(join(dir, 'personal-data-keys.sqlite'));
            const store = new OpenedEventLog(raw, keys);
            const { append, write } = writeStack(raw, { now: () => now }, { log: store, keys });
            const sender = commandContext(context);
            try {
              await record(append, history, sender, now);
              const before = (await store.headPosition()) ?? 0n;
              let outcome: unknown;
              try {
                await handler(write, sender);
              } catch (error) {
                outcome = error;
              }
              const appended = await store.readAll({ after: before, limit: 1000 });
              return { outcome, appended: byStream(appended) };
            } finally {
              await raw.close();
              await keys.close();
            }
          };
          return {
            then: async (expected: Streams) => {
              const { outcome, appended } = await run();
              expect(outcome).toBeUndefined();
              expect(appended).toEqual(expected);
            },
            thenNothingHappens: async () => {
              const { outcome, appended } = await run();
              expect(outcome).toBeUndefined();
              expect(appended).toEqual({});
            },
            thenThrows: async (code: DomainErrorCode) => {
              const { outcome, appended } = await run();
              expect(outcome).toBeInstanceOf(DomainError);
              expect(outcome).toHaveProperty('code', code);
              // The message is the problem's `detail`: a refusal always says why.
              expect((outcome as DomainError).message).not.toBe('');
              expect(appended).toEqual({});
            },
          };
        },
      }),
    };
  },
};

function commandContext(context: Partial<CommandContext>): CommandContext {
  return {
    commandId: 'command-1',
    tenant: 'acme',
    actor: { id: 'admin-1', roles: ['admin'] },
    correlationId: 'correlation-1',
    causationId: 'request-1',
    ...context,
  };
}

async function record(
  append: Append,
  history: Streams,
  context: CommandContext,
  now: Date,
): Promise<void> {
  for (const [stream, events] of Object.entries(history)) {
    const given = { ...context, commandId: `given/${stream}` };
    const toAppend = events.map((event, index) =>
      withMetadata(event, `${stream}/${index}`, 'Given', given, now),
    );
    await append(stream, toAppend, 'no-stream');
  }
}

function byStream(events: readonly { stream: string; type: string; data: object }[]): Streams {
  const streams: Record<string, AnyEvent[]> = {};
  for (const { stream, type, data } of events)
    (streams[stream] ??= []).push({ type, data } as AnyEvent);
  return streams;
}
