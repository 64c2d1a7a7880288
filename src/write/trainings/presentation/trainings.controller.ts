import { Body, Controller, Delete, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import type { Answer } from '../../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type Actor, type Role, scopeFor } from '../../../auth/actor';
import { CurrentActor } from '../../../http/access.decorators';
import { answer, createdOrUnchanged } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe, idSchema, ZodPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { assignCertificate } from '../application/assign-certificate.handler';
import { createTraining } from '../application/create-training.handler';
import { removeCertificate } from '../application/remove-certificate.handler';
import { CommandAnswerSchema } from '../../../http/contract/common.schemas';
import { TrainingCreatedSchema } from './training.answers';

const newTrainingBody = z.strictObject({
  trainingId: idSchema.optional(),
  type: z.enum(['course', 'pathway', 'learning-program']),
  title: z.string().trim().min(1).max(200),
  groupId: idSchema.nullable().optional(),
});

const assignmentBody = z.strictObject({
  templateId: idSchema,
  version: z.number().int().min(1).max(1_000_000),
  validForMonths: z.number().int().min(1).max(120).nullable().optional(),
  renewalWindowDays: z.number().int().min(1).max(365).nullable().optional(),
});

const MANAGERS: Role[] = ['admin', 'group-admin'];

@ApiTags('Trainings')
@Controller('api/v1/trainings')
export class TrainingsController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Post()
  @HttpCode(201)
  @Endpoint({
    summary: 'Create a training (course, pathway or learning program)',
    roles: MANAGERS,
    body: newTrainingBody,
    command: true,
    answers: { 201: TrainingCreatedSchema, 200: TrainingCreatedSchema },
    problems: { 409: ['already-exists'] },
  })
  async create(
    @Body(new ZodPipe(newTrainingBody)) body: z.infer<typeof newTrainingBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Answer<typeof TrainingCreatedSchema>> {
    const outcome = await createTraining(this.write, context, scopeFor(actor, MANAGERS), {
      ...(body.trainingId !== undefined && { trainingId: body.trainingId }),
      type: body.type,
      title: body.title,
      groupId: body.groupId ?? null,
    });
    void reply.status(createdOrUnchanged(outcome));
    return answer(outcome, { trainingId: outcome.trainingId });
  }

  @Put(':trainingId/certificate')
  @Endpoint({
    summary:
      'Assign a certificate template version, and optionally a validity in months and a renewal window in days, to the training (AssignCertificate)',
    roles: MANAGERS,
    body: assignmentBody,
    command: true,
    answers: { 200: CommandAnswerSchema },
    problems: {
      404: ['not-found', 'template-not-found', 'version-not-found'],
      409: ['feature-inactive'],
    },
  })
  async assign(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Body(new ZodPipe(assignmentBody)) body: z.infer<typeof assignmentBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    const scope = scopeFor(actor, MANAGERS);
    const { templateId, version } = body;
    const validForMonths = body.validForMonths ?? null;
    const renewalWindowDays = body.renewalWindowDays ?? null;
    const assignment = {
      scope,
      trainingId,
      templateId,
      version,
      validForMonths,
      renewalWindowDays,
    };
    return answer(await assignCertificate(this.write, context, assignment));
  }

  @Delete(':trainingId/certificate')
  @Endpoint({
    summary: "Remove the training's certificate assignment",
    roles: MANAGERS,
    command: true,
    answers: { 200: CommandAnswerSchema },
    problems: { 404: ['not-found'] },
  })
  async remove(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    const scope = scopeFor(actor, MANAGERS);
    return answer(await removeCertificate(this.write, context, { scope, trainingId }));
  }
}
