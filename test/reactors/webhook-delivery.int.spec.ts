import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AddressPolicy } from '../../src/core/address-policy';
import { streams } from '../../src/core/stream-names';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { PinnedPoster, type PostOutcome } from '../../src/outbound/pinned-post';
import { WebhookSecrets } from '../../src/outbound/webhook-secrets';
import { LogProcessor } from '../../src/processing/log-processor';
import {
  EndpointConsumer,
  type EndpointParts,
} from '../../src/reactors/webhook-delivery/endpoint-consumer';
import { saveReactorCheckpoint } from '../../src/reactors/reactor';
import { deliveriesOf } from '../../src/read/webhooks/webhook-deliveries';
import type { WebhookDoc } from '../../src/read/webhooks/webhooks.projection';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { WriteModel } from '../../src/write/command-handling/write-model';
import { sampleEvent } from '../support/sample-events';

const quiet = { warn: () => undefined };

/**
 * Delivery guarantees with real stores and a real receiver: two instances never send a message
 * at the same time and send each once; a crash between the receiver's 2xx and the record sends
 * that one message once more, with the same id, and nothing else twice.
 */
describe('[R-webhooks-signed] Webhook delivery across instances and crashes', () => {
  let events: SqliteEventStore;
  let store: SqliteReadStore;
  let server: Server;
  let url = '';
  const arrived: string[] = [];
  let inFlight = new Map<string, number>();
  let overlapped = 0;
  const running: LogProcessor[] = [];
  let nowMs = Date.parse('2027-01-01T00:00:00Z');
  const clock = { now: () => new Date(nowMs) };
  const webhookId = randomUUID();
  let endpoint: WebhookDoc;

  beforeEach(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'webhooks-'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'), 10);
    store = new SqliteReadStore(join(dir, 'read.sqlite'));
    arrived.length = 0;
    inFlight = new Map();
    overlapped = 0;
    server = createServer((request, response) => {
      const id = String(request.headers['webhook-id']);
      const now = (inFlight.get(id) ?? 0) + 1;
      inFlight.set(id, now);
      if (now > 1) overlapped++;
      request.resume();
      // Slow enough that a second instance would overlap if the lease did not stop it.
      setTimeout(() => {
        inFlight.set(id, (inFlight.get(id) ?? 1) - 1);
        arrived.push(id);
        response.writeHead(200).end();
      }, 15);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    const created = await events.append(
      streams.webhook('acme', webhookId),
      [
        sampleEvent('WebhookCreated', {
          ...{ webhookId, url, events: ['certificate.failed'], description: null },
          ...{ createdBy: 'admin-1', createdAt: new Date(nowMs).toISOString() },
        }),
      ],
      'no-stream',
    );
    endpoint = {
      ...{ _id: webhookId, tenant: 'acme', webhookId, url, events: ['certificate.failed'] },
      ...{ description: null, createdAt: new Date(nowMs).toISOString() },
      position: created.position.toString(),
    };
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((processor) => processor.stop()));
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
    await events.close();
  });

  const failures = async (count: number, from = 0) => {
    for (let index = from; index < from + count; index++)
      await events.append(
        `certificate-acme:t1:l${index}`,
        [
          sampleEvent('CertificateGenerationFailed', {
            ...{ certificateId: randomUUID(), trainingId: 't1', learnerId: `l${index}` },
            ...{ reason: 'render failed', failedAt: new Date(nowMs).toISOString() },
          }),
        ],
        'no-stream',
      );
  };

  const parts = (owner: string, poster: PinnedPoster): EndpointParts => ({
    log: events,
    store,
    write: new WriteModel(events, events.append.bind(events), clock),
    clock,
    poster,
    secrets: new WebhookSecrets('a-key-for-the-tests-that-is-long-enough'),
    facts: { publicUrl: 'https://certificates.example', certificate: () => Promise.resolve(null) },
    owner,
  });

  const run = (owner: string, poster = new PinnedPoster(new AddressPolicy('127.0.0.1'))) => {
    const processor = new LogProcessor(
      events,
      new EndpointConsumer(endpoint, parts(owner, poster)),
      quiet,
    );
    processor.start();
    running.push(processor);
    return processor;
  };

  async function settled(count: number) {
    for (let waited = 0; waited < 20_000; waited += 20) {
      const docs = await deliveriesOf(store, webhookId, 1000);
      if (docs.filter((doc) => doc.state === 'delivered').length >= count) return docs;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return deliveriesOf(store, webhookId, 1000);
  }

  it('two instances deliver each message once, never the same one at the same time', async () => {
    await failures(20);
    run('instance-a');
    run('instance-b');
    const docs = await settled(20);
    expect(docs).toHaveLength(20);
    expect(overlapped).toBe(0);
    expect(arrived).toHaveLength(20);
    expect(new Set(arrived).size).toBe(20);
  }, 30_000);

  it('after a crash between the 2xx and the record, sends that message once more with its id, after its lease lapses', async () => {
    await failures(3);
    // The first process dies right after the receiver's first 2xx, before recording it.
    let crashed = false;
    class CrashingPoster extends PinnedPoster {
      override async post(...args: Parameters<PinnedPoster['post']>): Promise<PostOutcome> {
        const outcome = await super.post(...args);
        if (!crashed) {
          crashed = true;
          void first.stop();
          throw new Error('the process died');
        }
        return outcome;
      }
    }
    const first = run('instance-a', new CrashingPoster(new AddressPolicy('127.0.0.1')));
    for (let waited = 0; !crashed && waited < 10_000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(arrived).toHaveLength(1);
    // Another instance takes over; the dead one's lease holds 30 s on the service clock.
    run('instance-b');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(arrived).toHaveLength(1);
    nowMs += 31_000;
    const docs = await settled(3);
    expect(docs.every((doc) => doc.state === 'delivered')).toBe(true);
    expect(arrived).toHaveLength(4);
    expect(arrived[1]).toBe(arrived[0]);
    expect(new Set(arrived.slice(1)).size).toBe(3);
  }, 30_000);

  it('started again from a checkpoint behind its records, sends only what no record settled', async () => {
    await failures(40);
    const first = run('instance-a');
    await settled(40);
    await first.stop();
    // The checkpoint moves every few messages; a crash may leave it anywhere behind the records.
    await store.transaction(async (tx) => {
      await tx.delete('reactors', `webhook:${webhookId}`);
    });
    await saveReactorCheckpoint(store, `webhook:${webhookId}`, BigInt(endpoint.position));
    await failures(1, 40);
    nowMs += 31_000;
    run('instance-b');
    const docs = await settled(41);
    expect(docs).toHaveLength(41);
    expect(arrived).toHaveLength(41);
    expect(new Set(arrived).size).toBe(41);
  }, 30_000);
});
