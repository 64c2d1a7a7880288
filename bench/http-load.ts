import autocannon from 'autocannon';

/** What the parent asks this load generator for: POSTs of progress commands, one path a request. */
export interface LoadOptions {
  readonly url: string;
  readonly token: string;
  readonly trainingId: string;
  /** Learner ids are `${learnerPrefix}${n}`, n cycling over `learners` ids. */
  readonly learnerPrefix: string;
  readonly learners: number;
  readonly connections: number;
  readonly seconds: number;
  /** Requests per second over all connections; as fast as they answer when unset. */
  readonly rate?: number;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly averageMs: number;
  readonly total: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly firstFailure?: string;
}

/**
 * Runs autocannon in its own process (started by http-command.bench.ts), so the load generator
 * does not share the event loop of the server under test. Prints one LoadResult as JSON.
 */
async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
  let sent = 0;
  let firstFailure: string | undefined;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    ...(options.rate !== undefined && { overallRate: options.rate }),
    method: 'POST',
    headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        // Each learner's stream gets its next progress, 1 to 100 %, so every command appends.
        setupRequest: (request) => {
          const n = sent++;
          const learner = `${options.learnerPrefix}${n % options.learners}`;
          const percent = 1 + (Math.floor(n / options.learners) % 100);
          return {
            ...request,
            path: `/api/v1/trainings/${options.trainingId}/learners/${learner}/progress`,
            body: JSON.stringify({ percent }),
          };
        },
        onResponse: (status, body) => {
          if ((status < 200 || status >= 300) && firstFailure === undefined)
            firstFailure = `${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  const answer: LoadResult = {
    requestsPerSecond: result['2xx'] / result.duration,
    p99Ms: result.latency.p99,
    averageMs: result.latency.average,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    ...(firstFailure !== undefined && { firstFailure }),
  };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
