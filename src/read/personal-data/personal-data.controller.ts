import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../auth/actor';
import { CONFIG, type Config } from '../../config/config';
import { EVENT_LOG, type EventLog } from '../../event-store/event-store';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { IdPipe } from '../../http/zod.pipe';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { learnerTrainingsProjection } from '../learner-trainings/learner-trainings.projection';
import { progressReportProjection } from '../progress-report/progress-report.projection';
import { publicCertificatesProjection } from '../public-certificates/public-certificates.projection';
import { ReadModels } from '../read-models';
import { certificateArchivesProjection } from '../certificate-archives/certificate-archives.projection';
import { reportsProjection } from '../reports/reports.projection';
import { personalDataExport } from './personal-data-export';
import { PersonalDataExportSchema } from './personal-data.answers';

@ApiTags('Learners and progress')
@Controller('api/v1/learners')
export class PersonalDataController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(EVENT_LOG) private readonly log: EventLog,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get(':learnerId/personal-data')
  @ReadsFrom(
    progressReportProjection.name,
    learnerTrainingsProjection.name,
    publicCertificatesProjection.name,
    reportsProjection.name,
    certificateArchivesProjection.name,
  )
  @Endpoint({
    summary:
      'Everything held about a learner, as one JSON document (a data access request): profile, enrolments, certificates, reports and archives listing them, wallet credentials',
    roles: ['admin'],
    answers: { 200: PersonalDataExportSchema },
    problems: { 404: ['not-found'] },
  })
  async export(
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @CurrentActor() actor: Actor,
  ) {
    return personalDataExport(
      this.reads,
      this.log,
      this.config.PUBLIC_URL,
      actor.tenant,
      learnerId,
    );
  }
}
