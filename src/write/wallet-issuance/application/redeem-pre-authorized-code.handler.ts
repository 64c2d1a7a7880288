import type { CommandContext } from '../../../core/command-context';
import { refuseOAuth } from '../../../core/oauth-refusal';
import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { credentialOffer } from '../domain/credential-offer';
import { certificateStillIssued } from './certificate-still-issued';
import { hashOf, newAccessToken, offerOf } from './wallet-secrets';

export const ACCESS_TOKEN_LIFETIME_SECONDS = 300;

/**
 * RedeemPreAuthorizedCode: the token endpoint's grant. The code must be an unused, unexpired
 * offer's of this tenant, and its certificate still the learner's generated, unrevoked one;
 * anything else is `invalid_grant`.
 */
export async function redeemPreAuthorizedCode(
  write: WriteModel,
  context: CommandContext,
  code: string,
) {
  const offerId = offerOf(code);
  if (offerId === null) return refuseOAuth('invalid_grant', 'The pre-authorized code is unknown');
  const stream = streams.credentialOffer(context.tenant, offerId);
  const offered = await write.state(stream, credentialOffer);
  if (offered === null || offered.status === 'none')
    return refuseOAuth('invalid_grant', 'The pre-authorized code is unknown');
  const accessToken = newAccessToken(offerId);
  const outcome = await write.execute(stream, credentialOffer, context, async (now) => {
    if (!(await certificateStillIssued(write, context.tenant, offered)))
      refuseOAuth('invalid_grant', 'The certificate offered is no longer valid');
    return {
      type: 'RedeemPreAuthorizedCode' as const,
      preAuthorizedCodeHash: hashOf(code),
      accessTokenHash: hashOf(accessToken),
      at: now,
      accessTokenExpiresAt: new Date(now.getTime() + ACCESS_TOKEN_LIFETIME_SECONDS * 1000),
    };
  });
  return { accessToken, expiresIn: ACCESS_TOKEN_LIFETIME_SECONDS, position: outcome.position };
}
