import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Answer } from '../../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type Actor, type Role, scopeFor } from '../../../auth/actor';
import { CurrentActor } from '../../../http/access.decorators';
import { answer, createdOrUnchanged } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe, idSchema, optionalBody, ZodPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { changeEnrollment } from '../application/change-enrollment.handler';
import { CommandAnswerSchema } from '../../../http/contract/common.schemas';

const enrollmentBody = z.strictObject({ learnerId: idSchema });
const progressBody = z.strictObject({ percent: z.number().int().min(0).max(100) });
const completionBody = optionalBody(
  z.strictObject({
    completedAt: z.iso.datetime({ offset: true }).optional(),
    score: z.number().min(0).max(100).nullable().optional(),
  }),
);

const ENROLLERS: Role[] = ['admin', 'group-admin', 'integration'];
const REPORTERS: Role[] = ['admin', 'trainer', 'integration'];

@ApiTags('Learners and progress')
@Controller('api/v1/trainings/:trainingId')
export class EnrollmentsController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Post('enrollments')
  @HttpCode(201)
  @Endpoint({
    summary: 'Enrol a learner in the training',
    roles: ENROLLERS,
    body: enrollmentBody,
    command: true,
    answers: { 201: CommandAnswerSchema, 200: CommandAnswerSchema },
    problems: { 404: ['not-found'] },
  })
  async enrol(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Body(new ZodPipe(enrollmentBody)) body: z.infer<typeof enrollmentBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    const scope = scopeFor(actor, ENROLLERS);
    const target = { scope, trainingId, learnerId: body.learnerId };
    const outcome = await changeEnrollment(this.write, context, target, { type: 'EnrollLearner' });
    void reply.status(createdOrUnchanged(outcome));
    return answer(outcome);
  }

  @Post('learners/:learnerId/progress')
  @HttpCode(200)
  @Endpoint({
    summary: "Record a learner's progress (0-100 %)",
    roles: REPORTERS,
    body: progressBody,
    command: true,
    answers: { 200: CommandAnswerSchema },
    problems: { 404: ['not-found'] },
  })
  async progress(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @Body(new ZodPipe(progressBody)) body: z.infer<typeof progressBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    const scope = scopeFor(actor, REPORTERS);
    const change = { type: 'RecordProgress' as const, percent: body.percent };
    return answer(
      await changeEnrollment(this.write, context, { scope, trainingId, learnerId }, change),
    );
  }

  @Post('learners/:learnerId/completion')
  @HttpCode(200)
  @Endpoint({
    summary: 'Record that a learner completed the training (CompleteTraining)',
    roles: REPORTERS,
    body: completionBody,
    command: true,
    answers: { 200: CommandAnswerSchema },
    problems: { 404: ['not-found'] },
  })
  async complete(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @Body(new ZodPipe(completionBody)) body: z.infer<typeof completionBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    const scope = scopeFor(actor, REPORTERS);
    const change = {
      type: 'CompleteTraining' as const,
      completedAt: body.completedAt === undefined ? null : new Date(body.completedAt),
      score: body.score ?? null,
    };
    return answer(
      await changeEnrollment(this.write, context, { scope, trainingId, learnerId }, change),
    );
  }
}
