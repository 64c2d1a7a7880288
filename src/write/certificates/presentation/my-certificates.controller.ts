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
import { renewCertificate } from '../application/renew-certificate.handler';
import { generationAnswer, renewalAnswer } from './certificate-answer';
import {
  CertificateGenerationSchema,
  GENERATION_PROBLEMS,
  RenewalSchema,
} from './certificate.answers';

@ApiTags('Learner self-service')
@Controller('api/v1/me/learning-records/:trainingId')
export class MyCertificatesController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Post('certificate')
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

  @Post('renewal')
  @HttpCode(200)
  @Endpoint({
    summary:
      'Renew my certificate while its renewal is open: a new cycle starts (RenewCertificate)',
    roles: ['learner'],
    command: true,
    answers: { 200: RenewalSchema },
    problems: { 404: ['not-found'], 409: ['renewal-not-open', 'certificate-revoked'] },
  })
  async renew(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ) {
    const target = { scope: tenantWide, trainingId, learnerId: actor.id, selfService: true };
    return renewalAnswer(await renewCertificate(this.write, context, target));
  }
}
