import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type Actor, type Role, scopeFor } from '../../../auth/actor';
import type { CommandContext } from '../../../core/command-context';
import { CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import type { Answer } from '../../../http/contract/contract-registry';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe, optionalBody, ZodPipe } from '../../../http/zod.pipe';
import { WriteModel } from '../../command-handling/write-model';
import { requestCertificateArchive } from '../application/request-certificate-archive.handler';
import { CertificateArchiveRequestedSchema } from './certificate-archive.answers';

export const ARCHIVERS: Role[] = ['admin', 'group-admin'];

const archiveBody = optionalBody(
  z.strictObject({
    asOf: z.iso
      .date('must be a day, YYYY-MM-DD')
      .optional()
      .describe("The certificates generated before that day's 00:00 UTC cut-off"),
  }),
);

@ApiTags('Certificate archives')
@Controller('api/v1/trainings/:trainingId/certificate-archives')
export class CertificateArchivesController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Post()
  @HttpCode(202)
  @Endpoint({
    summary:
      "Archive the training's generated certificates as one ZIP (PDFs, credentials, manifest), now or as of a past day's cut-off",
    roles: ARCHIVERS,
    body: archiveBody,
    command: true,
    answers: { 202: CertificateArchiveRequestedSchema },
    problems: { 404: ['not-found'], 409: ['not-ready'] },
  })
  async request(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @Body(new ZodPipe(archiveBody)) body: z.infer<typeof archiveBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CertificateArchiveRequestedSchema>> {
    const scope = scopeFor(actor, ARCHIVERS);
    const target = { scope, trainingId, asOf: body.asOf ?? null };
    const outcome = await requestCertificateArchive(this.write, context, target);
    return answer(outcome, { archiveId: outcome.archiveId, status: 'pending' as const });
  }
}
