import { Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { preAuthorizedCodeGrantIdentifier } from '@openid4vc/oauth2';
import QRCode from 'qrcode';
import type { Actor } from '../../../auth/actor';
import { CONFIG, type Config } from '../../../config/config';
import type { CommandContext } from '../../../core/command-context';
import {
  issuerMetadataResult,
  OPEN_BADGE_CONFIGURATION,
  openid4vciIssuer,
} from '../../../credentials/wallet/wallet-issuer';
import { type AuthenticatedRequest, CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe } from '../../../http/zod.pipe';
import { WriteModel } from '../../command-handling/write-model';
import { makeCredentialOffer } from '../application/make-credential-offer.handler';
import { CredentialOfferAnswerSchema } from './wallet-issuance.answers';

/**
 * pngjs takes `filterType` through qrcode's `rendererOpts`, which its types leave out.
 *
 * The mask is fixed: any of the eight is a valid QR code that every decoder reads (the format
 * bits name it), while letting qrcode score all eight by the standard's penalty rules to pick
 * the easiest to scan took about as long as drawing and compressing the picture. The offer's
 * data holds a random code, so no mask makes it much harder to scan.
 */
const QR_CODE_PNG = {
  type: 'image/png',
  errorCorrectionLevel: 'M',
  margin: 2,
  maskPattern: 0,
  rendererOpts: { filterType: 2 },
} as QRCode.QRCodeToDataURLOptions;

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
    const { credentialOffer, credentialOfferObject } = await openid4vciIssuer.createCredentialOffer(
      {
        issuerMetadata: issuerMetadataResult(
          this.config.PUBLIC_URL,
          context.tenant,
          context.tenant,
        ),
        credentialConfigurationIds: [OPEN_BADGE_CONFIGURATION],
        grants: { [preAuthorizedCodeGrantIdentifier]: { 'pre-authorized_code': made.code } },
      },
    );
    // One byte-mode segment: the percent-encoded URI is mostly lower case, so qrcode's search
    // for the cheapest mix of modes (half the offer's time) ends at the same QR version anyway.
    // PNG rows are filtered as "up" only: a QR code's rows repeat, and trying every filter
    // (pngjs's default) costs more than the rest of the encoding for no smaller a file worth
    // having.
    const qrCode = await QRCode.toDataURL(
      [{ data: Buffer.from(credentialOffer), mode: 'byte' }],
      QR_CODE_PNG,
    );
    return answer(made, {
      credentialOffer: credentialOfferObject,
      credentialOfferUri: credentialOffer,
      qrCode,
      expiresAt: made.expiresAt,
    });
  }
}
