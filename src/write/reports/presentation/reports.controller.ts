import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { Answer } from '../../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, type Role, scopeFor } from '../../../auth/actor';
import { CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { requestProgressReport } from '../application/request-progress-report.handler';
import { ReportRequestedSchema } from './report.answers';

const EXPORTERS: Role[] = ['admin', 'group-admin', 'trainer', 'inspector'];

@ApiTags('Reports')
@Controller('api/v1/trainings/:trainingId/reports/progress')
export class ReportsController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Post()
  @HttpCode(202)
  @Endpoint({
    summary: "Export the training's progress report as of the daily cut-off in force",
    roles: EXPORTERS,
    command: true,
    answers: { 202: ReportRequestedSchema },
    problems: { 404: ['not-found'] },
  })
  async request(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof ReportRequestedSchema>> {
    const scope = scopeFor(actor, EXPORTERS);
    const outcome = await requestProgressReport(this.write, context, { scope, trainingId });
    const requested = outcome.events.find((e) => e.type === 'ProgressReportRequested');
    const cutoff = requested?.type === 'ProgressReportRequested' ? requested.data.cutoff : null;
    return answer(outcome, { reportId: outcome.reportId, status: 'pending', cutoff });
  }
}
