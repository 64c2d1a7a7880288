import { Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../auth/actor';
import { CONFIG, type Config } from '../../../config/config';
import type { CommandContext } from '../../../core/command-context';
import {
  issuerMetadataResult,
  OPEN_BADGE_CONFIGURATION,
  walletLibraries,
} from '../../../credentials/wallet/wallet-issuer';
import { type AuthenticatedRequest, CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe } from '../../../http/zod.pipe';
import { WriteModel } from '../../command-handling/write-model';
import { makeCredentialOffer } from '../application/make-credential-offer.handler';
import { offerQrCode } from './offer-qr-code';
import { CredentialOfferAnswerSchema } from './wallet-issuance.answers';

@ApiTags('Learner self-service')
@Controller('api/v1/me/learning-records/:trainingId')
export class CredentialOfferController {
  constructor(
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Post('credential-offer')
  @HttpCode(201)
  @Endpoint({
    summary:
      'Offer my certificate to a digital wallet: an OpenID4VCI credential offer (MakeCredentialOffer)',
    roles: ['learner'],
    command: true,
    answers: { 201: CredentialOfferAnswerSchema },
    problems: { 404: ['not-found'], 409: ['not-ready', 'certificate-revoked'] },
  })
  async offer(
    @Param('trainingId', IdPipe.of('trainingId')) trainingId: string,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
    @Req() request: AuthenticatedRequest,
  ) {
    const made = await makeCredentialOffer(this.write, context, {
      trainingId,
      learnerId: actor.id,
      secret: request.commandIdSecret,
    });
    const { openid4vciIssuer, preAuthorizedCodeGrant } = await walletLibraries();
    const { credentialOffer, credentialOfferObject } = await openid4vciIssuer.createCredentialOffer(
      {
        issuerMetadata: await issuerMetadataResult(
          this.config.PUBLIC_URL,
          context.tenant,
          context.tenant,
        ),
        credentialConfigurationIds: [OPEN_BADGE_CONFIGURATION],
        grants: { [preAuthorizedCodeGrant]: { 'pre-authorized_code': made.code } },
      },
    );
    const qrCode = offerQrCode(credentialOffer);
    return answer(made, {
      credentialOffer: credentialOfferObject,
      credentialOfferUri: credentialOffer,
      qrCode,
      expiresAt: made.expiresAt,
    });
  }
}
