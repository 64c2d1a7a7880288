import { Controller, Get, Inject, Param } from '@nestjs/common';
import type { Answer } from '../../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, ROLES } from '../../auth/actor';
import { requireTenantAccess } from '../../auth/tenant-access';
import { refuse } from '../../core/domain-error';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { TenantPipe } from '../../http/zod.pipe';
import { effectiveCertificatePrefix } from '../../write/certificate-numbers/domain/certificate-number';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import {
  ISSUER_PROFILES,
  type IssuerProfileDoc,
  issuerProfilesProjection,
} from './issuer-profiles.projection';
import { IssuerProfileSchema } from './issuer-profile.answers';

@ApiTags('Issuer profile')
@Controller('api/v1/tenants/:tenantId/profile')
export class IssuerProfileQueryController {
  constructor(@Inject(ReadModels) private readonly reads: ReadModels) {}

  @Get()
  @ReadsFrom(issuerProfilesProjection.name)
  @Endpoint({
    summary: "The tenant's issuer profile",
    answers: { 200: IssuerProfileSchema },
    problems: { 404: ['not-found'] },
  })
  async get(
    @Param('tenantId', TenantPipe) tenantId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof IssuerProfileSchema>> {
    requireTenantAccess(actor, tenantId, ROLES);
    const doc = await this.reads.get<IssuerProfileDoc>(
      issuerProfilesProjection.name,
      ISSUER_PROFILES,
      tenantId,
    );
    if (!doc) return refuse('not-found', `Tenant ${tenantId} has no issuer profile yet`);
    const { name, url, email, logo } = doc;
    // The prefix the next certificate's number gets: the chosen one, else the default.
    const certificatePrefix = effectiveCertificatePrefix(tenantId, doc.certificatePrefix);
    return { tenantId, name, url, email, logo, certificatePrefix };
  }
}
