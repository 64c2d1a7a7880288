import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { generationOutcome } from '../support/certificates';
import { Scenario } from '../support/scenario';
import { TestApp } from '../support/test-app';

interface StreamRead {
  readonly stream: string;
  /** Read from this revision on (incremental), or from the start. */
  readonly after: bigint | undefined;
  /** How many events the read returned. */
  events?: number;
}

/**
 * What one certificate job reads from the log: every stream it needs that holds events is
 * folded from its start once; later reads of it are incremental (only what was appended since).
 */
describe('A certificate job', () => {
  let app: TestApp;
  afterAll(() => app.close());

  it('reads each stream it needs from the start once, and nothing twice', async () => {
    app = await TestApp.start();
    const given = await Scenario.of(app);
    await given.readyToGenerate('reads', 'ann');
    // Every fact the certificate shows is in the log: the issuer's profile and the learner's.
    const profile = { name: 'ACME Safety Academy', url: null, email: null, logo: null };
    await given.ok(
      app.request('PUT', '/api/v1/tenants/acme/profile', { token: given.admin, body: profile }),
    );
    const learner = { name: 'Ann Example', email: 'ann@acme.example' };
    await given.ok(
      app.request('PUT', '/api/v1/learners/ann', { token: given.admin, body: learner }),
    );
    const reads: StreamRead[] = [];
    const store = SqliteEventStore.prototype;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called on its instance below
    const original = store.readStream;
    const readStream = (target: SqliteEventStore, stream: string, after?: bigint) =>
      original.call(target, stream, after === undefined ? {} : { after });
    const spy = jest.spyOn(store, 'readStream').mockImplementation(function (
      this: SqliteEventStore,
      stream,
      options,
    ) {
      const read = readStream(this, stream, options?.after);
      // Only the reads the generation reactor makes: its frames are on the (async) stack.
      if (/reactors[\\/]certificate-generation/.test(new Error().stack ?? '')) {
        const noted: StreamRead = { stream, after: options?.after };
        reads.push(noted);
        void read.then((events) => (noted.events = events.length));
      }
      return read;
    });
    try {
      const answer = await given.generate('reads', 'ann');
      const { certificateId } = answer.body as { certificateId: string };
      expect((await generationOutcome(app, certificateId)).type).toBe('CertificateGenerated');
    } finally {
      spy.mockRestore();
    }

    // A stream that holds events is folded from its start once (an empty one is not kept).
    const fromStart = reads
      .filter((read) => read.after === undefined && read.events! > 0)
      .map((read) => read.stream);
    expect(fromStart.length).toBeGreaterThan(0);
    expect(new Set(fromStart).size).toBe(fromStart.length);
    // The certificate stream (folded already by the request, in this process): read only past
    // what was folded, never from its start again.
    const certificate = reads.filter((read) => read.stream === 'certificate-acme:reads:ann');
    expect(certificate.length).toBeGreaterThan(0);
    expect(certificate.filter((read) => read.after === undefined).length).toBeLessThanOrEqual(1);
    const byStream = new Map<string, string[]>();
    for (const { stream, after, events } of reads)
      byStream.set(stream, [...(byStream.get(stream) ?? []), `${after ?? 'start'}:${events}`]);
    // eslint-disable-next-line no-console -- the measured reads, for the closing note
    console.info(`stream reads of one certificate job: ${reads.length}`, byStream);
  }, 120_000);
});
