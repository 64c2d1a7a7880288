import { Body, Controller, Delete, Inject, Param, Put } from '@nestjs/common';
import type { Answer } from '../../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { emailSchema } from '../../../http/email-schema';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe, optionalBody, ZodPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import {
  PERSONAL_DATA_KEYS,
  type PersonalDataKeys,
} from '../../../personal-data/personal-data-keys';
import { WriteModel } from '../../command-handling/write-model';
import { eraseLearnerPersonalData } from '../application/erase-learner-personal-data.handler';
import { recordLearnerProfile } from '../application/record-learner-profile.handler';
import { CommandAnswerSchema } from '../../../http/contract/common.schemas';

const profileBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: emailSchema.max(254),
});

const erasureBody = optionalBody(
  z.strictObject({ reason: z.string().trim().min(1).max(500).optional() }),
);

@ApiTags('Learners and progress')
@Controller('api/v1/learners')
export class LearnersController {
  constructor(
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys,
  ) {}

  @Put(':learnerId')
  @Endpoint({
    summary: "Record a learner's profile (name and e-mail)",
    roles: ['admin', 'integration'],
    body: profileBody,
    command: true,
    answers: { 200: CommandAnswerSchema },
    problems: { 409: ['learner-erased'] },
  })
  async record(
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @Body(new ZodPipe(profileBody)) body: z.infer<typeof profileBody>,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    const { name, email } = body;
    return answer(await recordLearnerProfile(this.write, context, { learnerId, name, email }));
  }

  @Delete(':learnerId')
  @Endpoint({
    summary:
      "Erase a learner's personal data: their key, name and e-mail everywhere, their PDFs and credentials; history stays",
    roles: ['admin'],
    body: erasureBody,
    command: true,
    answers: { 200: CommandAnswerSchema },
    problems: { 404: ['not-found'] },
  })
  async erase(
    @Param('learnerId', IdPipe.of('learnerId')) learnerId: string,
    @Body(new ZodPipe(erasureBody)) body: z.infer<typeof erasureBody>,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    const reason = body?.reason ?? null;
    const outcome = await eraseLearnerPersonalData(
      this.write,
      this.keys,
      context,
      learnerId,
      reason,
    );
    return answer(outcome);
  }
}
