import { Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../../auth/actor';
import { tenantWide } from '../../../core/access-scope';
import { CurrentActor } from '../../../http/access.decorators';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { generateCertificate } from '../application/generate-certificate.handler';
import { generationAnswer } from './certificate-answer';
import { CertificateGenerationSchema, GENERATION_PROBLEMS } from './certificate.answers';

@ApiTags('Learner self-service')
@Controller('api/v1/me/learning-records/:trainingId/certificate')
export class MyCertificatesController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Post()
  @HttpCode(202)
  @Endpoint({
    summary: 'Generate my certificate for a completed training (GenerateCertificate)',
    roles: ['learner'],
    command: true,
    answers: { 202: CertificateGenerationSchema, 200: CertificateGenerationSchema },
    problems: GENERATION_PROBLEMS,
  })
  async generate(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const target = { scope: tenantWide, trainingId, learnerId: actor.id, selfService: true };
    const outcome = await generateCertificate(this.write, context, target);
    return generationAnswer(outcome, reply);
  }
}
