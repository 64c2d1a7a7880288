import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { CLOCK, type Clock } from '../../core/clock';
import { refuse } from '../../core/domain-error';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { Problem } from '../../http/problem';
import { IdPipe, ZodPipe } from '../../http/zod.pipe';
import { certificateHtml } from '../../rendering/certificate-html';
import { type PdfRenderer, RenderError, TemplateRenderError } from '../../rendering/pdf-renderer';
import { certificateVariables, sampleFacts } from '../../rendering/render-context';
import { RENDERER } from '../../rendering/rendering.module';
import { isFeatureOn } from '../features/features.controller';
import { ReadModels } from '../read-models';
import { binaryFile } from '../../http/contract/answers';
import { WriteModel } from '../../write/command-handling/write-model';
import { findTemplateVersion } from '../../write/templates/application/find-template';

const versionParam = z.coerce.number().int().min(1).max(1_000_000);

@ApiTags('Templates')
@Controller('api/v1/certificate-templates/:templateId/versions/:version/preview')
export class TemplatePreviewController {
  constructor(
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(RENDERER) private readonly renderer: PdfRenderer | null,
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiProduces('application/pdf')
  @Endpoint({
    summary: 'A version of a template rendered with sample data',
    roles: ['admin', 'group-admin', 'author', 'operator'],
    answers: { 200: binaryFile('application/pdf', 'The version rendered with sample data') },
    problems: {
      404: ['template-not-found', 'version-not-found'],
      422: ['template-not-renderable'],
      503: ['not-ready'],
    },
  })
  async preview(
    @Param('templateId', IdPipe.of('templateId')) templateId: string,
    @Param('version', new ZodPipe(versionParam, 'version')) version: number,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ) {
    const template = await findTemplateVersion(this.write, actor.tenant, templateId, version);
    if (!template)
      return refuse('version-not-found', `Template ${templateId} has no version ${version}`);
    const operator = actor.roles.includes('operator');
    if (
      !operator &&
      template.owner !== actor.tenant &&
      !(await isFeatureOn(this.reads, actor.tenant))
    )
      return refuse('template-not-found', `No template ${templateId}`);
    if (!this.renderer)
      throw new Problem(503, 'not-ready', 'Previews need Chromium, which is not installed');
    const variables = certificateVariables(sampleFacts(this.clock.now()), template.language);
    const pdf = await this.renderer
      .render(certificateHtml(template.content, variables), template.content.page)
      .catch((error: unknown) => {
        throw renderProblem(error, reply);
      });
    return reply
      .type('application/pdf')
      .header('Content-Disposition', 'inline; filename="preview.pdf"')
      .send(pdf);
  }
}

/**
 * A render that failed is the template's doing (422, the same every time) or the renderer's
 * (503: Chromium crashed or was too busy; worth a retry). Never a 500.
 */
function renderProblem(error: unknown, reply: FastifyReply): unknown {
  if (error instanceof TemplateRenderError)
    return new Problem(422, 'template-not-renderable', error.message);
  if (!(error instanceof RenderError)) return error;
  void reply.header('Retry-After', '5');
  return new Problem(
    503,
    'not-ready',
    `The preview could not be rendered now: ${error.message.split('\n')[0]}`,
  );
}
