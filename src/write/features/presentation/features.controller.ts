import { Body, Controller, Inject, Param, Put } from '@nestjs/common';
import type { Answer } from '../../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { TenantPipe, ZodPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { setCertificatesFeature } from '../application/set-certificates-feature.handler';
import { FeatureSetSchema } from './feature.answers';

const featureBody = z.strictObject({ enabled: z.boolean() });

@ApiTags('Feature')
@Controller('api/v1/tenants/:tenantId/features/certificates')
export class FeaturesController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Put()
  @Endpoint({
    summary: 'Turn the certificates feature on or off for a tenant',
    roles: ['operator'],
    body: featureBody,
    command: true,
    answers: { 200: FeatureSetSchema },
  })
  async set(
    @Param('tenantId', TenantPipe) tenantId: string,
    @Body(new ZodPipe(featureBody)) body: z.infer<typeof featureBody>,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof FeatureSetSchema>> {
    // An operator's command on a tenant belongs to that tenant's log.
    const onTenant = { ...context, tenant: tenantId };
    const outcome = await setCertificatesFeature(this.write, onTenant, body.enabled);
    return answer(outcome, { tenantId, enabled: outcome.state.enabled });
  }
}
