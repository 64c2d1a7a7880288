import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { refuse } from '../../core/domain-error';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { IdPipe, ZodPipe } from '../../http/zod.pipe';
import { progressReportProjection } from './progress-report.projection';
import { EVENT_LOG, type EventLog } from '../../event-store/event-store';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import { readableTraining } from '../trainings/readable-training';
import { progressReportCsv } from './progress-report-csv';
import { lastPassedCutoff, progressReportPages } from './progress-report-rows';
import { binaryFile } from '../../http/contract/answers';
import { ProgressReportAsOfSchema } from './progress-report.answers';

const asOfQuery = z.strictObject({
  asOf: z.iso.date('must be a day, YYYY-MM-DD'),
});

@ApiTags('Audit')
@Controller('api/v1/audit/trainings/:trainingId/progress-report')
export class AuditProgressReportController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_LOG) private readonly events: EventLog,
  ) {}

  @Get()
  @ReadsFrom(progressReportProjection.name)
  @ApiQuery({
    name: 'asOf',
    required: true,
    description: 'YYYY-MM-DD: the report at 00:00 UTC of that day',
  })
  @ApiProduces('application/json', 'text/csv')
  @Endpoint({
    summary:
      "A training's progress report as it stood at a past day's cut-off (JSON, or CSV with Accept: text/csv)",
    roles: ['auditor', 'admin'],
    answers: {
      200: [ProgressReportAsOfSchema, binaryFile('text/csv', 'The report as CSV')],
    },
    problems: { 404: ['not-found'], 409: ['not-ready'] },
  })
  async asOf(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Query(new ZodPipe(asOfQuery, 'query')) query: z.infer<typeof asOfQuery>,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ) {
    await readableTraining(this.reads, actor, trainingId);
    const passed = await lastPassedCutoff(this.reads, this.events);
    if (passed === null || query.asOf > passed)
      return refuse('not-ready', `The cut-off of ${query.asOf} has not passed yet`);
    const cutoff = `${query.asOf}T00:00:00.000Z`;
    const pages = progressReportPages(this.store, this.reads, actor.tenant, trainingId, query.asOf);
    if (accept?.includes('text/csv'))
      return reply.type('text/csv; charset=utf-8').send(progressReportCsv(pages));
    const collected = [];
    for await (const page of pages) collected.push(...page);
    return reply.send({ asOf: query.asOf, cutoff, rows: collected });
  }
}
