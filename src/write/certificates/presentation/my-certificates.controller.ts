import { Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../../auth/actor';
import { tenantWide } from '../../../core/access-scope';
import { CurrentActor } from '../../../http/access.decorators';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../command-handling/command-context';
import { RequestCertificate } from '../application/request-certificate.handler';
import { generationAnswer } from './certificate-answer';

@ApiTags('Learner self-service')
@Controller('api/v1/me/learning-records/:trainingId/certificate')
export class MyCertificatesController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @Endpoint({
    summary: 'Generate my certificate for a completed training (GenerateCertificate)',
    roles: ['learner'],
    responses: {
      202: '{ certificateId, status: "generating", position }',
      200: 'Already generated: { certificateId, status: "generated", position }',
    },
  })
  async generate(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx('GenerateCertificate') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const outcome = await this.commands.execute(
      new RequestCertificate(context, tenantWide, trainingId, actor.id),
    );
    return generationAnswer(outcome, reply);
  }
}
