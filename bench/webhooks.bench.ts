import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { AddressPolicy } from '../src/core/address-policy';
import { streams } from '../src/core/stream-names';
import type { EventToAppend } from '../src/event-store/event-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { PinnedPoster } from '../src/outbound/pinned-post';
import { WebhookSecrets } from '../src/outbound/webhook-secrets';
import { LogProcessor } from '../src/processing/log-processor';
import { EndpointConsumer } from '../src/reactors/webhook-delivery/endpoint-consumer';
import { messageIdOf } from '../src/reactors/webhook-delivery/webhook-messages';
import { SqliteReadStore } from '../src/read-store/sqlite/sqlite-read-store';
import { WriteModel } from '../src/write/command-handling/write-model';
import { type Benchmark, type BenchmarkResult, timed } from './benchmark';

const TENANT = 'bench';

/** A local receiver that answers 204 and notes when each message id arrived. */
async function receiver(): Promise<{ server: Server; url: string; arrivals: Map<string, number> }> {
  const arrivals = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      arrivals.set(String(req.headers['webhook-id']), performance.now());
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { server, url, arrivals };
}

const event = (type: string, data: Record<string, unknown>): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data,
  metadata: {
    tenant: TENANT,
    actor: { id: 'bench', roles: ['integration'] },
    occurredAt: new Date().toISOString(),
    command: 'Bench',
    commandId: randomUUID(),
    correlationId: 'bench',
    causationId: 'bench',
    eventVersion: 1,
  },
});

const failure = (i: number) =>
  event('CertificateGenerationFailed', {
    ...{ certificateId: randomUUID(), trainingId: 't1', learnerId: `l${i}` },
    ...{ reason: 'render failed', failedAt: new Date().toISOString() },
  });

/**
 * Webhook delivery through the real path — one webhook's log processor, delivery claims and
 * records in SQLite, Standard Webhooks signing, the pinned, address-checked POST — to a local
 * receiver, against a bare undici POST loop to the same receiver in the same run; and the
 * time from append to arrival at a steady 200 messages/s.
 */
export const webhooksBenchmark: Benchmark = {
  name: 'webhooks',
  async run({ quick }) {
    const count = quick ? 500 : 3_000;
    const dir = mkdtempSync(join(tmpdir(), 'bench-webhooks-'));
    const events = new SqliteEventStore(join(dir, 'events.sqlite'), 50);
    const store = new SqliteReadStore(join(dir, 'read.sqlite'));
    const target = await receiver();
    const webhookId = randomUUID();
    const created = await events.append(
      streams.webhook(TENANT, webhookId),
      [
        event('WebhookCreated', {
          ...{ webhookId, url: target.url, events: ['certificate.failed'], description: null },
          ...{ createdBy: 'bench', createdAt: new Date().toISOString() },
        }),
      ],
      'no-stream',
    );
    const clock = { now: () => new Date() };
    const poster = new PinnedPoster(new AddressPolicy('127.0.0.1'));
    const endpoint = {
      ...{ _id: webhookId, tenant: TENANT, webhookId, url: target.url },
      ...{ events: ['certificate.failed' as const], description: null },
      ...{ createdAt: new Date().toISOString(), position: created.position.toString() },
    };
    const consumer = new EndpointConsumer(endpoint, {
      ...{ log: events, store, clock, poster, owner: 'bench' },
      write: new WriteModel(events, events.append.bind(events), clock),
      secrets: new WebhookSecrets('a-key-for-the-benchmark-long-enough-32'),
      facts: {
        publicUrl: 'https://certificates.example',
        certificate: () => Promise.resolve(null),
      },
    });

    const body = JSON.stringify({
      type: 'certificate.failed',
      timestamp: new Date().toISOString(),
      data: {},
    });
    const agent = new Agent({ keepAliveTimeout: 4_000 });
    const bareLoop = async (prefix: string, messages: number) => {
      for (let i = 0; i < messages; i++) {
        const answer = await request(target.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'webhook-id': `${prefix}-${i}` },
          body,
          dispatcher: agent,
        });
        await answer.body.dump();
      }
    };
    const arrived = async (total: number) => {
      while (target.arrivals.size < total) await new Promise((resolve) => setTimeout(resolve, 2));
    };
    const backlog = async (from: number, messages: number) => {
      for (let i = from; i < from + messages; i++)
        await events.append(`certificate-${TENANT}:t1:l${i}`, [failure(i)], 'no-stream');
    };

    // Both sides warmed up first, untimed (the JIT, undici, the receiver): whichever ran first
    // would otherwise pay it alone.
    const warm = quick ? 100 : 300;
    await bareLoop('warm', warm);
    await backlog(0, warm);
    const warming = new LogProcessor(events, consumer, { warn: () => undefined });
    warming.start();
    await arrived(2 * warm);
    await warming.stop();

    // Throughput: a backlog of `count` messages, drained by the processor.
    await backlog(warm, count);
    const processor = new LogProcessor(events, consumer, { warn: () => undefined });
    const ours = await timed(async () => {
      processor.start();
      await arrived(2 * warm + count);
    });
    const bare = await timed(() => bareLoop('bare', count));
    const rate = count / ours.seconds;
    const bareRate = count / bare.seconds;

    // Latency: 200 messages a second for a few seconds, appended one by one.
    const steady = quick ? 400 : 2_000;
    const appendedAt = new Map<string, number>();
    const started = performance.now();
    for (let i = 0; i < steady; i++) {
      const due = started + i * 5;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const one = failure(warm + count + i);
      await events.append(`certificate-${TENANT}:t1:s${i}`, [one], 'no-stream');
      appendedAt.set(messageIdOf(one.eventId, 'certificate.failed'), performance.now());
    }
    const expected = 2 * warm + count + steady + count;
    while (target.arrivals.size < expected) await new Promise((resolve) => setTimeout(resolve, 5));
    const latencies = [...appendedAt]
      .map(([id, at]) => target.arrivals.get(id)! - at)
      .sort((a, b) => a - b);
    const p99 = latencies[Math.ceil(latencies.length * 0.99) - 1]!;
    const p50 = latencies[Math.floor(latencies.length / 2)]!;

    await processor.stop();
    await poster.close();
    await agent.close();
    target.server.closeAllConnections();
    target.server.close();
    await store.close();
    await events.close();
    const results: BenchmarkResult[] = [
      {
        name: 'webhook throughput',
        value: round(rate),
        unit: 'messages/s',
        baseline: round(bareRate),
        ratio: round(rate / bareRate),
        target: 'ratio >= 0.5',
        met: rate / bareRate >= 0.5,
        notes: `${count.toLocaleString('en')} messages to one local receiver through the webhook's log processor (claim and record in SQLite, signed, address checked per delivery, pinned connection), against a bare undici POST loop with keep-alive; both warmed up first with ${warm} messages, untimed`,
      },
      {
        name: 'webhook append-to-delivery p99',
        value: round(p99),
        unit: 'ms',
        baseline: round(p50),
        ratio: round(p99 / 250),
        target: 'p99 <= 250 ms',
        met: p99 <= 250,
        notes: `${steady.toLocaleString('en')} messages appended at 200/s; baseline column: the p50 of the same run`,
      },
    ];
    return results;
  },
};

const round = (value: number) => Math.round(value * 100) / 100;
