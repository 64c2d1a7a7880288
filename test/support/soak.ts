import { ofType, type RecordedEvent } from '../../src/event-store/event-store';
import {
  certificateViolations,
  exactlyOnceViolations,
  liveAndRebuilt,
  reactorsBehind,
  readWholeLog,
} from './cluster-checks';
import { sendRandomHistory, seededRandom } from './random-history';
import { ServiceCluster } from './service-cluster';

export interface SoakShape {
  readonly dataDir: string;
  readonly instances: number;
  readonly clients: number;
  /** Traffic goes on until each client sent this many commands and the cluster saw `minKills`
   * kills, or until `durationMs`, whichever comes first. */
  readonly commandsPerClient: number;
  readonly minKills: number;
  readonly durationMs: number;
  readonly killEveryMs: number;
  readonly seed: number;
}

export interface SoakFigures {
  readonly requests: number;
  readonly retries: number;
  readonly kills: number;
  readonly events: number;
  readonly certificates: number;
  readonly exitCodes: (number | null)[];
  readonly violations: string[];
  readonly readModelsEqualRebuild: boolean;
  /** Seconds each phase took: start, traffic, settle, stop and check. */
  readonly seconds: Record<string, number>;
}

const SETTINGS = { RENDER_POOL_SIZE: '1', RATE_LIMIT_MAX: '0', GENERATION_ATTEMPTS: '5' };

/**
 * Mixed traffic from several clients against several instances on one store, with instances
 * SIGKILLed and restarted at random; then everything settles, stops, and is checked against
 * the log: exactly-once commands and certificates, and read models equal to a rebuild.
 */
export async function soak(shape: SoakShape): Promise<SoakFigures> {
  const random = seededRandom(shape.seed);
  const seconds: Record<string, number> = {};
  let phaseStarted = Date.now();
  const phase = (name: string) => {
    seconds[name] = Math.round((Date.now() - phaseStarted) / 1000);
    phaseStarted = Date.now();
  };
  const cluster = await ServiceCluster.start(shape.dataDir, shape.instances, random, SETTINGS);
  phase('start');
  const stopAt = Date.now() + shape.durationMs;
  let trafficDone = false;
  const clients = Array.from({ length: shape.clients }, async (_, client) => {
    const more = (sent: number) =>
      (sent < shape.commandsPerClient || cluster.kills < shape.minKills) && Date.now() < stopAt;
    for (let sent = 0, round = 0; more(sent); round++)
      sent += (
        await sendRandomHistory(cluster, {
          seed: shape.seed * 1000 + client * 100 + round,
          // A round no longer than the client's share: more rounds only while kills are missing.
          commands: Math.min(200, shape.commandsPerClient),
          tenants: 2,
          trainingsPerTenant: 4,
          learnersPerTenant: 12,
        })
      ).sent;
  });
  const killer = (async () => {
    while (!trafficDone) {
      await new Promise((resolve) => setTimeout(resolve, shape.killEveryMs * (0.5 + random())));
      if (trafficDone || cluster.alive().length < 2) continue;
      const index = Math.floor(random() * cluster.size);
      await cluster.kill(index);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await cluster.restart(index);
    }
  })();
  try {
    await Promise.all(clients);
  } finally {
    trafficDone = true;
    await killer;
  }

  phase('traffic');
  await settled(cluster);
  phase('settle');
  const exits = await cluster.stop();
  const log = await readWholeLog(shape.dataDir);
  const { live, rebuilt } = await liveAndRebuilt(shape.dataDir);
  const readModelsEqualRebuild = JSON.stringify(live) === JSON.stringify(rebuilt);
  phase('stop and check');
  return {
    seconds,
    requests: cluster.requests,
    retries: cluster.retries,
    kills: cluster.kills,
    events: log.length,
    certificates: log.filter((e) => e.type === 'CertificateGenerated').length,
    exitCodes: exits.map((exit) => exit.code),
    readModelsEqualRebuild,
    violations: [
      ...cluster.serverErrors.map((error) => `5xx: ${error}`),
      ...exactlyOnceViolations(log, cluster.acknowledged),
      ...certificateViolations(log, shape.dataDir),
      ...(readModelsEqualRebuild ? [] : ['read models differ from a rebuild']),
      ...exits
        .filter((exit) => exit.code !== 0)
        .map((exit) => `an instance exited ${exit.code} on SIGTERM: ${exit.stderr.slice(-2000)}`),
    ],
  };
}

/**
 * Every instance up, every projection and reactor at the head, every generation request settled
 * (a reactor short of the head may still be deleting an erased learner's files).
 */
async function settled(cluster: ServiceCluster): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (let index = 0; index < cluster.size; index++) await cluster.restart(index);
  for (;;) {
    const log = await readWholeLog(cluster.dataDir);
    const pending = unsettledRequests(log);
    const lagging = await Promise.all(
      cluster.alive().map(async (service) => {
        const health = (await (await fetch(`${service.url}/health`)).json()) as {
          projections: { lag: string }[];
        };
        return health.projections.some((p) => p.lag !== '0');
      }),
    );
    const head = log.at(-1)?.position ?? 0n;
    const behind = pending === 0 ? await reactorsBehind(cluster.dataDir, head) : ['unknown'];
    if (pending === 0 && !lagging.includes(true) && behind.length === 0) return;
    if (Date.now() > deadline) {
      const ids = new Set(
        log
          .filter(ofType('CertificateGenerationRequested'))
          .map((e) => e.data.certificateId)
          .filter(
            (id) =>
              !log.some(
                (e) =>
                  [
                    'CertificateGenerated',
                    'CertificateGenerationFailed',
                    'CertificateDeleted',
                  ].includes(e.type) && (e.data as { certificateId?: string }).certificateId === id,
              ),
          ),
      );
      const related = log
        .filter(
          (e) =>
            JSON.stringify(e.data).includes([...ids][0] ?? 'none') ||
            e.stream.startsWith('learner-'),
        )
        .map((e) => `${e.position} ${e.stream} ${e.type} ${JSON.stringify(e.data).slice(0, 200)}`);
      const stderr = (await cluster.stop())
        .map((exit) => exit.stderr.slice(-6000))
        .join('\n=====\n');
      throw new Error(
        `not settled: ${pending} requests pending, lagging ${String(lagging)}, reactors behind: ${behind.join()}\n${related.join('\n')}\n${stderr}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function unsettledRequests(log: RecordedEvent[]): number {
  const settledIds = new Set(
    [
      ...log.filter(ofType('CertificateGenerated')),
      ...log.filter(ofType('CertificateGenerationFailed')),
      ...log.filter(ofType('CertificateDeleted')),
    ].map((e) => e.data.certificateId),
  );
  return log
    .filter(ofType('CertificateGenerationRequested'))
    .filter((e) => !settledIds.has(e.data.certificateId)).length;
}
