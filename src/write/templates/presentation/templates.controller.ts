import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { Answer } from '../../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import type { Actor } from '../../../auth/actor';
import { refuse } from '../../../core/domain-error';
import { CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe, ZodPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { createTemplate } from '../application/create-template.handler';
import { publishTemplateVersion } from '../application/publish-template-version.handler';
import { newTemplateBody, newVersionBody } from './template.bodies';
import { TemplateVersionPublishedSchema } from './template.answers';

@ApiTags('Templates')
@Controller('api/v1/certificate-templates')
export class TemplatesController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Post()
  @HttpCode(201)
  @Endpoint({
    summary: 'Create a template with its version 1 (authors: kind author; operators: classic)',
    roles: ['author', 'operator'],
    body: newTemplateBody,
    command: true,
    answers: { 201: TemplateVersionPublishedSchema },
    problems: { 409: ['already-exists'] },
  })
  async create(
    @Body(new ZodPipe(newTemplateBody)) body: z.infer<typeof newTemplateBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof TemplateVersionPublishedSchema>> {
    const role = body.kind === 'author' ? 'author' : 'operator';
    if (!actor.roles.includes(role))
      refuse('forbidden', `Only an ${role} creates ${body.kind} templates`);
    if (body.kind === 'author' && body.tenantId !== undefined)
      refuse('validation-failed', 'tenantId is only for classic templates');
    const { kind, title, language, html, css, page } = body;
    const outcome = await createTemplate(this.write, context, {
      kind,
      title,
      language,
      content: { html, css, page },
      tenantId: body.tenantId ?? null,
    });
    return answer(outcome, { templateId: outcome.templateId, version: 1 });
  }

  @Post(':templateId/versions')
  @HttpCode(201)
  @Endpoint({
    summary: 'Publish a new immutable version of a template (PublishTemplateVersion)',
    roles: ['author', 'operator'],
    body: newVersionBody,
    command: true,
    answers: { 201: TemplateVersionPublishedSchema },
    problems: { 404: ['template-not-found'] },
  })
  async publish(
    @Param('templateId', IdPipe.of('templateId')) templateId: string,
    @Body(new ZodPipe(newVersionBody)) body: z.infer<typeof newVersionBody>,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof TemplateVersionPublishedSchema>> {
    if (body.tenantId !== undefined && !actor.roles.includes('operator'))
      refuse('validation-failed', 'tenantId is only for operators');
    const { html, css, page } = body;
    const outcome = await publishTemplateVersion(this.write, context, {
      templateId,
      edit: { html, ...(css !== undefined && { css }), ...(page !== undefined && { page }) },
      note: body.note ?? null,
      tenantId: body.tenantId ?? null,
    });
    return answer(outcome, { templateId, version: outcome.state.latestVersion });
  }
}
