import { Controller, Get, Inject } from '@nestjs/common';
import type { Answer } from '../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { featuresProjection } from '../features/features.projection';
import {
  LEARNER_TRAININGS,
  type LearnerTrainingDoc,
  learnerTrainingsProjection,
} from './learner-trainings.projection';
import {
  TRAININGS,
  type TrainingDoc,
  trainingKey,
  trainingsProjection,
} from '../trainings/trainings.projection';
import {
  ISSUER_PROFILES,
  type IssuerProfileDoc,
  issuerProfilesProjection,
} from '../issuer-profiles/issuer-profiles.projection';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { isFeatureOn } from '../features/features.controller';
import { ReadModels } from '../read-models';
import { learningRecord } from './learning-record';
import { CONFIG, type Config } from '../../config/config';
import { CLOCK, type Clock } from '../../core/clock';
import { LearningRecordListSchema } from './learning-record.answers';

@ApiTags('Learner self-service')
@Controller('api/v1/me/learning-records')
export class LearningRecordsController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ReadsFrom(
    learnerTrainingsProjection.name,
    trainingsProjection.name,
    featuresProjection.name,
    issuerProfilesProjection.name,
  )
  @Endpoint({
    summary:
      'My trainings, progress and certificates ("Generate" when available, "Open" when generated)',
    roles: ['learner'],
    answers: { 200: LearningRecordListSchema },
  })
  async list(@CurrentActor() actor: Actor): Promise<Answer<typeof LearningRecordListSchema>> {
    const records = await this.reads.find<LearnerTrainingDoc>(
      learnerTrainingsProjection.name,
      LEARNER_TRAININGS,
      {
        where: { tenant: actor.tenant, learnerId: actor.id },
        orderBy: 'trainingId',
      },
    );
    const ids = records.map((record) => trainingKey(actor.tenant, record.trainingId));
    const trainings = await this.reads.getMany<TrainingDoc>(
      trainingsProjection.name,
      TRAININGS,
      ids,
    );
    const byId = new Map(trainings.map((training) => [training.trainingId, training]));
    const featureOn = await isFeatureOn(this.reads, actor.tenant);
    const issuer = await this.reads.get<IssuerProfileDoc>(
      issuerProfilesProjection.name,
      ISSUER_PROFILES,
      actor.tenant,
    );
    const now = this.clock.now();
    return records.map((record) =>
      learningRecord(
        record,
        byId.get(record.trainingId) ?? null,
        featureOn,
        this.config.PUBLIC_URL,
        now,
        issuer?.name ?? actor.tenant,
      ),
    );
  }
}
