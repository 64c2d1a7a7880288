import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Answer } from '../../http/contract/contract-registry';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type Actor, scopeFor } from '../../auth/actor';
import { inScope } from '../../core/access-scope';
import { refuse } from '../../core/domain-error';
import { reportFileKey } from '../../file-store/file-keys';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { IdPipe, idSchema, ZodPipe } from '../../http/zod.pipe';
import { REPORTS, type ReportDoc, reportKey, reportsProjection } from './reports.projection';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import { EVENT_LOG, type EventLog } from '../../event-store/event-store';
import { reportAwaitsRedaction } from '../personal-data/erasure-window';
import { readableTraining, TRAINING_READERS } from '../trainings/readable-training';
import { binaryFile } from '../../http/contract/answers';
import { ReportListSchema, ReportSchema } from './report.answers';

const historyQuery = z.strictObject({ trainingId: idSchema.optional() });

function present(doc: ReportDoc) {
  const {
    reportId,
    trainingId,
    type,
    status,
    requestedAt,
    requestedBy,
    cutoff,
    completedAt,
    rowCount,
    redactedAt,
  } = doc;
  return {
    ...{ reportId, trainingId, type, status, requestedAt, requestedBy, cutoff },
    ...(completedAt !== null && { completedAt }),
    ...(rowCount !== null && { rowCount }),
    // When the file was last written again without an erased learner's name and e-mail.
    ...(redactedAt && { redactedAt }),
  };
}

/** The report history and downloads; group-scoped roles see their groups' trainings only. */
@ApiTags('Reports')
@Controller('api/v1/reports')
export class ReportsQueryController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(EVENT_LOG) private readonly log: EventLog,
  ) {}

  private async readable(actor: Actor, reportId: string): Promise<ReportDoc> {
    const doc = await this.reads.get<ReportDoc>(
      reportsProjection.name,
      REPORTS,
      reportKey(actor.tenant, reportId),
    );
    if (!doc) return refuse('not-found', `No report ${reportId}`);
    if (!inScope(scopeFor(actor, TRAINING_READERS), doc.groupId))
      refuse('forbidden', 'This report is outside your groups');
    return doc;
  }

  @Get()
  @ReadsFrom(reportsProjection.name)
  @ApiQuery({ name: 'trainingId', required: false })
  @Endpoint({
    summary: 'The report history, newest first',
    roles: TRAINING_READERS,
    answers: { 200: ReportListSchema },
    problems: { 404: ['not-found'] },
  })
  async history(
    @Query(new ZodPipe(historyQuery, 'query')) query: z.infer<typeof historyQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof ReportListSchema>> {
    if (query.trainingId) await readableTraining(this.reads, actor, query.trainingId);
    const docs = await this.reads.find<ReportDoc>(reportsProjection.name, REPORTS, {
      where: { tenant: actor.tenant, ...(query.trainingId && { trainingId: query.trainingId }) },
      orderBy: 'requestedAt',
      direction: 'desc',
      limit: 1000,
    });
    const scope = scopeFor(actor, TRAINING_READERS);
    return docs.filter((doc) => inScope(scope, doc.groupId)).map(present);
  }

  @Get(':reportId')
  @ReadsFrom(reportsProjection.name)
  @Endpoint({
    summary: 'One report of the history',
    roles: TRAINING_READERS,
    answers: { 200: ReportSchema },
    problems: { 404: ['not-found'] },
  })
  async one(
    @Param('reportId', IdPipe.of('reportId')) reportId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof ReportSchema>> {
    return present(await this.readable(actor, reportId));
  }

  @Get(':reportId/file')
  @ReadsFrom(reportsProjection.name)
  @ApiProduces('text/csv')
  @Endpoint({
    summary: 'Download a done report as CSV',
    roles: TRAINING_READERS,
    answers: { 200: binaryFile('text/csv', 'The report as CSV (UTF-8 with a byte-order mark)') },
    problems: { 404: ['not-found'], 409: ['not-ready'] },
  })
  async file(
    @Param('reportId', IdPipe.of('reportId')) reportId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ) {
    const doc = await this.readable(actor, reportId);
    if (doc.status !== 'done') return refuse('not-ready', `The report is ${doc.status}`);
    if (await reportAwaitsRedaction(this.log, this.reads, doc)) {
      void reply.header('Retry-After', '5');
      return refuse('not-ready', 'The report is being written again without an erased learner');
    }
    const file = await this.files.open(reportFileKey(reportId, doc.redactions ?? 0));
    if (!file) return refuse('not-found', 'The report file is missing');
    return reply
      .type('text/csv; charset=utf-8')
      .header(
        'Content-Disposition',
        `attachment; filename="progress-report-${doc.trainingId}-${doc.cutoff.slice(0, 10)}.csv"`,
      )
      .send(file);
  }
}
