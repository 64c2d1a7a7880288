import { Controller, Get, Inject } from '@nestjs/common';
import type { Answer } from '../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { FEATURES, type FeatureDoc, featuresProjection } from './features.projection';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import { FeatureStateSchema } from '../../write/features/presentation/feature.answers';

/** Whether a tenant's certificates feature is on; a tenant never switched on reads as off. */
export async function isFeatureOn(reads: ReadModels, tenant: string): Promise<boolean> {
  const doc = await reads.get<FeatureDoc>(featuresProjection.name, FEATURES, tenant);
  return doc?.enabled ?? false;
}

@ApiTags('Feature')
@Controller('api/v1/features/certificates')
export class FeaturesQueryController {
  constructor(@Inject(ReadModels) private readonly reads: ReadModels) {}

  @Get()
  @ReadsFrom(featuresProjection.name)
  @Endpoint({
    summary: "Whether the caller's tenant has certificates on",
    answers: { 200: FeatureStateSchema },
  })
  async get(@CurrentActor() actor: Actor): Promise<Answer<typeof FeatureStateSchema>> {
    return { enabled: await isFeatureOn(this.reads, actor.tenant) };
  }
}
