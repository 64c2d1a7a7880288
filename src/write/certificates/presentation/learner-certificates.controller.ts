import { Body, Controller, Delete, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Answer } from '../../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type Actor, type Role, scopeFor } from '../../../auth/actor';
import { CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe, optionalBody, ZodPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { deleteCertificate } from '../application/delete-certificate.handler';
import { generateCertificate } from '../application/generate-certificate.handler';
import { renewCertificate } from '../application/renew-certificate.handler';
import { revokeCertificate } from '../application/revoke-certificate.handler';
import { generationAnswer, renewalAnswer, revocationAnswer } from './certificate-answer';
import { CommandAnswerSchema } from '../../../http/contract/common.schemas';
import {
  CertificateGenerationSchema,
  CertificateRevokedSchema,
  GENERATION_PROBLEMS,
  RenewalSchema,
} from './certificate.answers';

const deletionBody = optionalBody(
  z.strictObject({ reason: z.string().trim().max(1000).optional() }),
);

const revocationBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

const MANAGERS: Role[] = ['admin', 'group-admin'];

@ApiTags('Certificates, for admins')
@Controller('api/v1/trainings/:trainingId/learners/:learnerId')
export class LearnerCertificatesController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Delete('certificate')
  @Endpoint({
    summary: "Delete a learner's certificate (kept in history); the learner may generate again",
    roles: MANAGERS,
    body: deletionBody,
    command: true,
    answers: { 200: CommandAnswerSchema },
    problems: { 404: ['not-found'], 409: ['not-ready', 'certificate-revoked'] },
  })
  async delete(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @Body(new ZodPipe(deletionBody)) body: z.infer<typeof deletionBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    const scope = scopeFor(actor, MANAGERS);
    const reason = body.reason || null;
    const target = { scope, trainingId, learnerId, reason };
    return answer(await deleteCertificate(this.write, context, target));
  }

  @Post('certificate')
  @HttpCode(202)
  @Endpoint({
    summary: "Generate a learner's certificate with the version assigned now",
    roles: MANAGERS,
    command: true,
    answers: { 202: CertificateGenerationSchema, 200: CertificateGenerationSchema },
    problems: GENERATION_PROBLEMS,
  })
  async generate(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const scope = scopeFor(actor, MANAGERS);
    const outcome = await generateCertificate(this.write, context, {
      scope,
      trainingId,
      learnerId,
      selfService: false,
    });
    return generationAnswer(outcome, reply);
  }

  @Post('certificate/revocation')
  @HttpCode(200)
  @Endpoint({
    summary: "Revoke a learner's generated certificate (kept, shown as revoked); final for it",
    roles: MANAGERS,
    body: revocationBody,
    command: true,
    answers: { 200: CertificateRevokedSchema },
    problems: { 404: ['not-found'], 409: ['not-ready'] },
  })
  async revoke(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @Body(new ZodPipe(revocationBody)) body: z.infer<typeof revocationBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ) {
    const scope = scopeFor(actor, MANAGERS);
    const target = { scope, trainingId, learnerId, reason: body.reason };
    return revocationAnswer(await revokeCertificate(this.write, context, target));
  }

  @Post('renewal')
  @HttpCode(200)
  @Endpoint({
    summary:
      "Renew a learner's certificate: a new cycle starts, at any time once one was generated",
    roles: MANAGERS,
    command: true,
    answers: { 200: RenewalSchema },
    problems: { 404: ['not-found'], 409: ['renewal-not-open'] },
  })
  async renew(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ) {
    const scope = scopeFor(actor, MANAGERS);
    const target = { scope, trainingId, learnerId, selfService: false };
    return renewalAnswer(await renewCertificate(this.write, context, target));
  }
}
