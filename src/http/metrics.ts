import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { FastifyInstance } from 'fastify';
import type { ProjectionsService } from '../projections/projections.service';

/** The Prometheus registry of this process: HTTP traffic, projection progress, Node itself. */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer HTTP requests',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor(projections: ProjectionsService) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'event_log_head_position',
      help: 'Position of the newest event in the log',
      registers: [this.registry],
      async collect() {
        this.set(Number((await projections.status()).head));
      },
    });
    new Gauge({
      name: 'projection_lag_events',
      help: 'Events in the log after the projection checkpoint, counted up to 10,000',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        for (const { name, lag } of (await projections.status()).projections)
          this.set({ projection: name }, Number(lag));
      },
    });
    new Gauge({
      name: 'projection_checkpoint_position',
      help: 'Position of the last event the projection applied',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        for (const { name, checkpoint } of (await projections.status()).projections)
          this.set({ projection: name }, Number(checkpoint ?? 0));
      },
    });
  }

  observe(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      this.requests.inc({ method: request.method, route, status: reply.statusCode });
      this.latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
      done();
    });
  }
}
