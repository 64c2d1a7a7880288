import { Controller, Get, Inject, Param } from '@nestjs/common';
import type { Answer } from '../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { IdPipe } from '../../http/zod.pipe';
import {
  LEARNER_TRAININGS,
  type LearnerTrainingDoc,
  learnerTrainingsProjection,
} from '../learner-trainings/learner-trainings.projection';
import { trainingsProjection } from './trainings.projection';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import { readableTraining, TRAINING_READERS } from './readable-training';
import { adminCertificateView, certificatesOf } from './admin-certificate-view';
import { CLOCK, type Clock } from '../../core/clock';
import { publicCertificatesProjection } from '../public-certificates/public-certificates.projection';
import { revocationReasons } from '../public-certificates/revocation-reasons';
import { TrainingSchema } from '../../write/trainings/presentation/training.answers';
import { AdminCertificateListSchema } from '../../write/certificates/presentation/certificate.answers';

@ApiTags('Trainings')
@Controller('api/v1/trainings/:trainingId')
export class TrainingsQueryController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ReadsFrom(trainingsProjection.name)
  @Endpoint({
    summary: 'A training with its certificate assignment',
    roles: TRAINING_READERS,
    answers: { 200: TrainingSchema },
    problems: { 404: ['not-found'] },
  })
  async get(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof TrainingSchema>> {
    const { type, title, groupId, certificate } = await readableTraining(
      this.reads,
      actor,
      trainingId,
    );
    return { trainingId, type, title, groupId, certificate };
  }

  @Get('certificates')
  @ReadsFrom(
    trainingsProjection.name,
    learnerTrainingsProjection.name,
    publicCertificatesProjection.name,
  )
  @Endpoint({
    summary: "The training's certificates, for admins",
    roles: TRAINING_READERS,
    answers: { 200: AdminCertificateListSchema },
    problems: { 404: ['not-found'] },
  })
  async certificates(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
  ) {
    await readableTraining(this.reads, actor, trainingId);
    const docs = await this.reads.find<LearnerTrainingDoc>(
      learnerTrainingsProjection.name,
      LEARNER_TRAININGS,
      {
        where: { tenant: actor.tenant, trainingId, hasCertificate: true },
        orderBy: 'learnerId',
      },
    );
    const now = this.clock.now();
    const rows = docs.flatMap((doc) =>
      certificatesOf(doc).map((certificate) => ({ learnerId: doc.learnerId, certificate })),
    );
    const reasons = await revocationReasons(
      this.reads,
      actor.tenant,
      rows.filter((row) => row.certificate.revokedAt).map((row) => row.learnerId),
    );
    return rows.map(({ learnerId, certificate }) =>
      adminCertificateView(
        learnerId,
        certificate,
        reasons.get(certificate.certificateId) ?? null,
        now,
      ),
    );
  }
}
