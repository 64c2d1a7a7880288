import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiHeader, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { IdPipe } from '../../http/zod.pipe';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import {
  LEARNER_TRAININGS,
  type LearnerTrainingDoc,
  learnerTrainingKey,
  learnerTrainingsProjection,
} from '../learner-trainings/learner-trainings.projection';
import { trainingsProjection } from '../trainings/trainings.projection';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import { refuse } from '../../core/domain-error';
import { EVENT_LOG, type EventLog } from '../../event-store/event-store';
import { learnerErased } from '../personal-data/erasure-window';
import { readableTraining, TRAINING_READERS } from '../trainings/readable-training';
import { sendCertificatePdf } from './certificate-file';
import { binaryFile, noBody } from '../../http/contract/answers';

const PDF = binaryFile(
  'application/pdf',
  'The certificate PDF, the same bytes every time; its ETag is their SHA-256 (Cache-Control: private, no-cache)',
);
const NOT_MODIFIED = noBody('Not modified: the ETag in If-None-Match is the current file’s');
const IF_NONE_MATCH = ApiHeader({
  name: 'If-None-Match',
  required: false,
  description: 'The ETag of a copy held: answers 304 without the file while it is still current',
});

@ApiTags('Certificates, for admins')
@Controller()
export class CertificatesController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(EVENT_LOG) private readonly log: EventLog,
  ) {}

  /** The learner's record; refused as gone from the moment the learner is erased. */
  private async record(tenant: string, trainingId: string, learnerId: string) {
    if (await learnerErased(this.log, tenant, learnerId))
      return refuse('not-found', `Learner ${learnerId}'s certificates were erased`);
    return this.reads.get<LearnerTrainingDoc>(
      learnerTrainingsProjection.name,
      LEARNER_TRAININGS,
      learnerTrainingKey(tenant, trainingId, learnerId),
    );
  }

  @Get('api/v1/me/learning-records/:trainingId/certificate')
  @ApiTags('Learner self-service')
  @ApiProduces('application/pdf')
  @IF_NONE_MATCH
  @ReadsFrom(learnerTrainingsProjection.name)
  @Endpoint({
    summary: 'Open my certificate ("Open certificate")',
    roles: ['learner'],
    answers: { 200: PDF, 304: NOT_MODIFIED },
    problems: { 404: ['not-found'], 409: ['not-ready', 'certificate-revoked'] },
  })
  async mine(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ) {
    return sendCertificatePdf(
      this.files,
      await this.record(actor.tenant, trainingId, actor.id),
      reply,
      'learner',
    );
  }

  @Get('api/v1/trainings/:trainingId/learners/:learnerId/certificate')
  @ApiProduces('application/pdf')
  @IF_NONE_MATCH
  @ReadsFrom(learnerTrainingsProjection.name, trainingsProjection.name)
  @Endpoint({
    summary: "Download a copy of a learner's certificate",
    roles: TRAINING_READERS,
    answers: { 200: PDF, 304: NOT_MODIFIED },
    problems: { 404: ['not-found'], 409: ['not-ready', 'certificate-revoked'] },
  })
  async copy(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ) {
    await readableTraining(this.reads, actor, trainingId);
    return sendCertificatePdf(
      this.files,
      await this.record(actor.tenant, trainingId, learnerId),
      reply,
      'admin',
    );
  }
}
