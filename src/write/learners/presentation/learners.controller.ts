import { Body, Controller, Inject, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { emailSchema } from '../../../http/email-schema';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe, ZodPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { recordLearnerProfile } from '../application/record-learner-profile.handler';
import { CommandAnswerSchema } from '../../../http/contract/common.schemas';

const profileBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: emailSchema.max(254),
});

@ApiTags('Learners and progress')
@Controller('api/v1/learners')
export class LearnersController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Put(':learnerId')
  @Endpoint({
    summary: "Record a learner's profile (name and e-mail)",
    roles: ['admin', 'integration'],
    body: profileBody,
    command: true,
    answers: { 200: CommandAnswerSchema },
  })
  async record(
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @Body(new ZodPipe(profileBody)) body: z.infer<typeof profileBody>,
    @CommandCtx() context: CommandContext,
  ) {
    const { name, email } = body;
    return answer(await recordLearnerProfile(this.write, context, { learnerId, name, email }));
  }
}
