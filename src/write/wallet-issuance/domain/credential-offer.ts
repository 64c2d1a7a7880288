import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import type { WalletIssuanceEvent } from '../../../events/wallet-issuance.events';
import { refuseOAuth } from '../../../core/oauth-refusal';

interface OfferFacts {
  readonly offerId: string;
  readonly certificateId: string;
  readonly trainingId: string;
  readonly learnerId: string;
}

export type CredentialOfferState =
  | { readonly status: 'none' }
  | (OfferFacts & {
      readonly status: 'offered';
      readonly preAuthorizedCodeHash: string;
      readonly expiresAt: string;
    })
  | (OfferFacts & {
      readonly status: 'redeemed';
      readonly accessTokenHash: string;
      readonly accessTokenExpiresAt: string;
    })
  | (OfferFacts & { readonly status: 'issued' });

export interface MakeCredentialOffer extends OfferFacts {
  readonly type: 'MakeCredentialOffer';
  readonly preAuthorizedCodeHash: string;
  readonly at: Date;
  readonly expiresAt: Date;
}

export interface RedeemPreAuthorizedCode {
  readonly type: 'RedeemPreAuthorizedCode';
  readonly preAuthorizedCodeHash: string;
  readonly accessTokenHash: string;
  readonly at: Date;
  readonly accessTokenExpiresAt: Date;
}

export interface RecordWalletIssuance {
  readonly type: 'RecordWalletIssuance';
  readonly accessTokenHash: string;
  readonly credentialId: string;
  readonly sha256: string;
  readonly holder: string;
  readonly at: Date;
}

export type CredentialOfferCommand =
  MakeCredentialOffer | RedeemPreAuthorizedCode | RecordWalletIssuance;

const factsOf = ({ offerId, certificateId, trainingId, learnerId }: OfferFacts): OfferFacts => ({
  offerId,
  certificateId,
  trainingId,
  learnerId,
});

/**
 * One OpenID4VCI offer: its pre-authorized code is redeemed once and before it expires, and the
 * access token it gave gets one credential before it expires. The append's expected revision
 * makes "once" hold across instances. Time comes in the command, from the service clock.
 */
export const credentialOffer: Decider<
  CredentialOfferState,
  CredentialOfferCommand,
  WalletIssuanceEvent
> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CredentialOfferMade':
        return {
          status: 'offered',
          ...factsOf(event.data),
          preAuthorizedCodeHash: event.data.preAuthorizedCodeHash,
          expiresAt: event.data.expiresAt,
        };
      case 'PreAuthorizedCodeRedeemed':
        return {
          status: 'redeemed',
          ...factsOf(event.data),
          accessTokenHash: event.data.accessTokenHash,
          accessTokenExpiresAt: event.data.accessTokenExpiresAt,
        };
      case 'WalletCredentialIssued':
        return { status: 'issued', ...factsOf(event.data) };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'MakeCredentialOffer': {
        if (state.status !== 'none') refuse('already-exists', 'This offer was already made');
        const { preAuthorizedCodeHash, at, expiresAt } = command;
        return [
          {
            type: 'CredentialOfferMade',
            data: {
              ...factsOf(command),
              preAuthorizedCodeHash,
              offeredAt: at.toISOString(),
              expiresAt: expiresAt.toISOString(),
            },
          },
        ];
      }
      case 'RedeemPreAuthorizedCode': {
        if (state.status === 'none' || !('preAuthorizedCodeHash' in state))
          return refuseOAuth('invalid_grant', 'The pre-authorized code is unknown or was used');
        if (state.preAuthorizedCodeHash !== command.preAuthorizedCodeHash)
          return refuseOAuth('invalid_grant', 'The pre-authorized code is unknown or was used');
        if (command.at.getTime() >= Date.parse(state.expiresAt))
          return refuseOAuth('invalid_grant', 'The pre-authorized code has expired');
        return [
          {
            type: 'PreAuthorizedCodeRedeemed',
            data: {
              ...factsOf(state),
              accessTokenHash: command.accessTokenHash,
              redeemedAt: command.at.toISOString(),
              accessTokenExpiresAt: command.accessTokenExpiresAt.toISOString(),
            },
          },
        ];
      }
      case 'RecordWalletIssuance': {
        const redeemed = redeemedBy(state, command.accessTokenHash, command.at);
        return [
          {
            type: 'WalletCredentialIssued',
            data: {
              ...factsOf(redeemed),
              credentialId: command.credentialId,
              sha256: command.sha256,
              holder: command.holder,
              issuedAt: command.at.toISOString(),
            },
          },
        ];
      }
    }
  },
};

/**
 * The offer an access token was given for, while the token is valid: unknown, expired or spent
 * tokens are `invalid_token` (RFC 6750), whatever the reason, so a guess learns nothing.
 */
export function redeemedBy(
  state: CredentialOfferState,
  accessTokenHash: string,
  at: Date,
): OfferFacts {
  if (
    state.status !== 'redeemed' ||
    state.accessTokenHash !== accessTokenHash ||
    at.getTime() >= Date.parse(state.accessTokenExpiresAt)
  )
    return refuseOAuth('invalid_token', 'The access token is not valid');
  return state;
}
