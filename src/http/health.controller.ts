import { Controller, Get, Header, Inject } from '@nestjs/common';
import type { Answer } from './contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import { ProjectionsService } from '../projections/projections.service';
import { textOf } from './contract/answers';
import { Endpoint } from './endpoint.decorator';
import { HealthSchema } from './health.answers';
import { Metrics } from './metrics';
import { StorageHealth } from './storage-health';

@ApiTags('Operations')
@Controller()
export class HealthController {
  constructor(
    @Inject(ProjectionsService) private readonly projections: ProjectionsService,
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(StorageHealth) private readonly storage: StorageHealth,
  ) {}

  /** Answers only when the event log can be read; each projection's lag in events (counted up to 10,000). */
  @Get('health')
  @Endpoint({
    public: true,
    summary:
      "The service is up: the log's head, whether the stores can write, each projection's checkpoint and lag",
    answers: { 200: HealthSchema },
  })
  async health(): Promise<Answer<typeof HealthSchema>> {
    const { head, projections } = await this.projections.status();
    const storage = await this.storage.state();
    const status = storage.status === 'ok' ? 'ok' : 'degraded';
    return { status, log: { head: head.toString() }, storage, projections };
  }

  @Get('metrics')
  @Endpoint({
    public: true,
    summary: 'Prometheus metrics',
    answers: { 200: textOf('text/plain', 'Prometheus text format 0.0.4') },
  })
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
