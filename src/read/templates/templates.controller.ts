import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { Answer } from '../../http/contract/contract-registry';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type Actor, ROLES } from '../../auth/actor';
import { refuse } from '../../core/domain-error';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { IdPipe, ZodPipe } from '../../http/zod.pipe';
import { featuresProjection } from '../features/features.projection';
import {
  TEMPLATES,
  type TemplateDoc,
  templateKey,
  templatesProjection,
} from './templates.projection';
import { PLATFORM_TENANT } from '../../core/stream-names';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { isFeatureOn } from '../features/features.controller';
import { ReadModels } from '../read-models';
import {
  TemplateListSchema,
  TemplateSchema,
} from '../../write/templates/presentation/template.answers';

const listQuery = z.strictObject({ kind: z.enum(['classic', 'author']).optional() });
const NOT_LEARNERS = ROLES.filter((role) => role !== 'learner');

function present({
  templateId,
  kind,
  title,
  language,
  createdBy,
  latestVersion,
  versions,
}: TemplateDoc) {
  return { templateId, kind, title, language, createdBy, latestVersion, versions };
}

/**
 * A tenant sees its author templates, and its own and the product's classic templates while
 * its certificates feature is on. Operators see the classic templates of the platform.
 */
@ApiTags('Templates')
@Controller('api/v1/certificate-templates')
export class TemplatesQueryController {
  constructor(@Inject(ReadModels) private readonly reads: ReadModels) {}

  /** Filters templates by what the caller may see, reading the feature flag once. */
  private async visibleTo(actor: Actor, docs: readonly TemplateDoc[]): Promise<TemplateDoc[]> {
    if (actor.roles.includes('operator')) return [...docs];
    const featureOn = await isFeatureOn(this.reads, actor.tenant);
    return docs.filter(
      (doc) =>
        (doc.owner === actor.tenant || doc.owner === PLATFORM_TENANT) &&
        (doc.kind === 'author' || featureOn),
    );
  }

  @Get()
  @ReadsFrom(templatesProjection.name, featuresProjection.name)
  @ApiQuery({ name: 'kind', required: false, enum: ['classic', 'author'] })
  @Endpoint({
    summary: 'The templates the caller can assign, with every version',
    roles: NOT_LEARNERS,
    answers: { 200: TemplateListSchema },
  })
  async list(
    @Query(new ZodPipe(listQuery, 'query')) query: z.infer<typeof listQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof TemplateListSchema>> {
    const owners = actor.roles.includes('operator')
      ? [PLATFORM_TENANT, actor.tenant]
      : [actor.tenant, PLATFORM_TENANT];
    const docs = await this.reads.find<TemplateDoc>(templatesProjection.name, TEMPLATES, {
      where: { owner: { in: owners }, ...(query.kind && { kind: query.kind }) },
      orderBy: 'title',
    });
    return (await this.visibleTo(actor, docs)).map(present);
  }

  @Get(':templateId')
  @ReadsFrom(templatesProjection.name, featuresProjection.name)
  @Endpoint({
    summary: 'One template with every version',
    roles: NOT_LEARNERS,
    answers: { 200: TemplateSchema },
    problems: { 404: ['template-not-found'] },
  })
  async get(
    @Param('templateId', IdPipe.of('templateId')) templateId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof TemplateSchema>> {
    const ids = [actor.tenant, PLATFORM_TENANT].map((owner) => templateKey(owner, templateId));
    const docs = await this.reads.getMany<TemplateDoc>(templatesProjection.name, TEMPLATES, ids);
    const [found] = await this.visibleTo(actor, docs);
    return found ? present(found) : refuse('template-not-found', `No template ${templateId}`);
  }
}
