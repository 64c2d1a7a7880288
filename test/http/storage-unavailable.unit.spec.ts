import { tmpdir } from 'node:os';
import { StorageHealth } from '../../src/http/storage-health';
import type { ArgumentsHost } from '@nestjs/common';
import {
  NotLeaderError,
  StreamDeletedError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError } from '../../src/event-store/event-store-unavailable-error';
import { portErrorOf } from '../../src/event-store/kurrentdb/client-errors';
import { ProblemFilter } from '../../src/http/problem.filter';

/** What the filter did to the reply: its status, headers and body. */
function answerTo(error: unknown) {
  const sent = { status: 0, headers: {} as Record<string, string>, type: '', body: undefined };
  const reply = {
    status: (status: number) => ((sent.status = status), reply),
    header: (name: string, value: string) => ((sent.headers[name] = value), reply),
    type: (type: string) => ((sent.type = type), reply),
    send: (body: never) => ((sent.body = body), reply),
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ id: 'req-1' }) }),
  } as unknown as ArgumentsHost;
  new ProblemFilter(new StorageHealth({ DATA_DIR: tmpdir() })).catch(error, host);
  return sent;
}

const notLeader = () =>
  new NotLeaderError({
    message: 'Leader info available',
    metadata: { 'leader-endpoint-host': 'node2', 'leader-endpoint-port': '2113' },
  } as never);

describe('KurrentDB errors the service can only wait out', () => {
  it.each([
    ['NotLeaderError', notLeader, 'not-leader'],
    [
      'StreamDeletedError',
      () => StreamDeletedError.fromStreamName('statusList-t1'),
      'stream-deleted',
    ],
  ] as const)('turns %s into the port error, keeping the cause', (_name, make, reason) => {
    const error = make();
    const mapped = portErrorOf(error);
    expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
    expect(mapped).toMatchObject({ reason, cause: error });
  });

  it('leaves every other error as it is', () => {
    const others = [new UnavailableError(), new Error('boom'), 'text', undefined];
    for (const error of others) expect(portErrorOf(error)).toBe(error);
    const conflict = Object.create(WrongExpectedVersionError.prototype) as Error;
    expect(portErrorOf(conflict)).toBe(conflict);
  });
});

describe('The answer to a store that cannot serve now', () => {
  it.each([
    ['not the leader', () => portErrorOf(notLeader())],
    ['a deleted stream', () => portErrorOf(StreamDeletedError.fromStreamName('s'))],
  ])('is 503 storage-unavailable with Retry-After for %s, not a 500', (_case, make) => {
    const answer = answerTo(make());
    expect(answer.status).toBe(503);
    expect(answer.headers).toEqual({ 'Retry-After': '5' });
    expect(answer.type).toBe('application/problem+json');
    expect(answer.body).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: expect.any(String),
      code: 'storage-unavailable',
    });
  });

  it('stays a 500 without Retry-After for an unexpected error', () => {
    const answer = answerTo(new Error('boom'));
    expect(answer.status).toBe(500);
    expect(answer.headers).toEqual({});
  });
});
