import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Actor } from '../../../auth/actor';
import { requireTenantAccess } from '../../../auth/tenant-access';
import type { CommandContext } from '../../../core/command-context';
import { ISSUING, type Issuing } from '../../../credentials/issuing';
import { CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { PositionSchema } from '../../../http/contract/common.schemas';
import { type Answer, named } from '../../../http/contract/contract-registry';
import { Endpoint } from '../../../http/endpoint.decorator';
import { TenantPipe } from '../../../http/zod.pipe';
import { WriteModel } from '../../command-handling/write-model';
import { rotateIssuerKey } from '../application/rotate-issuer-key.handler';

export const IssuerKeyRotatedSchema = named(
  'IssuerKeyRotated',
  z.object({ verificationMethod: z.string(), position: PositionSchema }),
  {
    description:
      'The new signing key’s verification method; the DID document keeps listing the old ones',
    example: {
      verificationMethod: 'did:web:certificates.example.org:tenants:acme#key-2',
      position: '311',
    },
  },
);

@ApiTags('Issuer profile')
@Controller('api/v1/tenants/:tenantId/issuer-keys/rotation')
export class IssuerKeyRotationController {
  constructor(
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(ISSUING) private readonly issuing: Issuing,
  ) {}

  @Post()
  @HttpCode(200)
  @Endpoint({
    summary:
      "Rotate the tenant's issuer key: later credentials and status lists are signed with a new key; earlier credentials keep verifying",
    roles: ['operator', 'admin'],
    command: true,
    answers: { 200: IssuerKeyRotatedSchema },
    problems: { 404: ['not-found'] },
  })
  async rotate(
    @Param('tenantId', TenantPipe) tenantId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof IssuerKeyRotatedSchema>> {
    requireTenantAccess(actor, tenantId, ['admin']);
    // An operator's command on a tenant belongs to that tenant's log.
    const outcome = await rotateIssuerKey(
      this.write,
      { ...context, tenant: tenantId },
      this.issuing,
    );
    return answer(outcome, { verificationMethod: outcome.verificationMethod });
  }
}
