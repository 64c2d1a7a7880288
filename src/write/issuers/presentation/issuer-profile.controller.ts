import { Body, Controller, Inject, Param, Put } from '@nestjs/common';
import type { Answer } from '../../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../auth/actor';
import { requireTenantAccess } from '../../../auth/tenant-access';
import { CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { TenantPipe, ZodPipe } from '../../../http/zod.pipe';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { recordIssuerProfile } from '../application/record-issuer-profile.handler';
import { issuerProfileBody, type IssuerProfileBody } from './issuer-profile-body';
import { IssuerProfileRecordedSchema } from './issuer-profile.answers';

@ApiTags('Issuer profile')
@Controller('api/v1/tenants/:tenantId/profile')
export class IssuerProfileController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Put()
  @Endpoint({
    summary:
      "Set the tenant's issuer profile: the name, web address, e-mail, logo and number prefix certificates show",
    roles: ['operator', 'admin'],
    body: issuerProfileBody,
    description:
      'A bad field, an oversized logo, an SVG with scripts or references, or a certificate prefix other than 2 to 12 of A-Z and 0-9 is a 400.',
    command: true,
    answers: { 200: IssuerProfileRecordedSchema },
    problems: { 404: ['not-found'] },
  })
  async record(
    @Param('tenantId', TenantPipe) tenantId: string,
    @Body(new ZodPipe(issuerProfileBody)) body: IssuerProfileBody,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof IssuerProfileRecordedSchema>> {
    requireTenantAccess(actor, tenantId, ['admin']);
    // An operator's command on a tenant belongs to that tenant's log.
    const onTenant = { ...context, tenant: tenantId };
    const profile = {
      name: body.name,
      url: body.url ?? null,
      email: body.email ?? null,
      logo: body.logo ?? null,
      certificatePrefix: body.certificatePrefix ?? null,
    };
    return answer(await recordIssuerProfile(this.write, onTenant, profile), { tenantId });
  }
}
