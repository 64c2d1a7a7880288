import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ProjectionsService } from '../projections/projections.service';
import { Public } from './access.decorators';
import { Metrics } from './metrics';

@ApiTags('Operations')
@Controller()
export class HealthController {
  constructor(
    @Inject(ProjectionsService) private readonly projections: ProjectionsService,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  /** Answers only when the event log can be read; each projection's lag in events (counted up to 10,000). */
  @Get('health')
  @Public()
  async health() {
    const { head, projections } = await this.projections.status();
    return { status: 'ok', log: { head: head.toString() }, projections };
  }

  @Get('metrics')
  @Public()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
