import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, type Role, scopeFor } from '../../../auth/actor';
import { CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../command-handling/command-context';
import { RequestProgressReport } from '../application/request-progress-report.handler';

const EXPORTERS: Role[] = ['admin', 'group-admin', 'trainer', 'inspector'];

@ApiTags('Reports')
@Controller('api/v1/trainings/:trainingId/reports/progress')
export class ReportsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @Endpoint({
    summary: "Export the training's progress report as of the daily cut-off in force",
    roles: EXPORTERS,
    responses: { 202: '{ reportId, status: "pending", cutoff, position }' },
  })
  async request(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx('RequestProgressReport') context: CommandContext,
  ) {
    const outcome = await this.commands.execute(
      new RequestProgressReport(context, scopeFor(actor, EXPORTERS), trainingId),
    );
    const requested = outcome.events.find((e) => e.type === 'ProgressReportRequested');
    const cutoff = requested?.type === 'ProgressReportRequested' ? requested.data.cutoff : null;
    return answer(outcome, { reportId: outcome.reportId, status: 'pending', cutoff });
  }
}
