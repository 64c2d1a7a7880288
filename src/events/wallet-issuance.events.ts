import { z } from 'zod';
import type { DomainEvent } from '../core/decider';
import { type EventSchemasOf, dateTime, id, sha256 } from './contract';
import { sealedData } from './sealed-personal-data';

const offerRef = {
  offerId: id().describe('The credential offer; its stream is credentialOffer-<tenant>:<offerId>.'),
  certificateId: id(),
  trainingId: id(),
  learnerId: id(),
};

export const credentialOfferMadeV1 = z
  .strictObject({
    ...offerRef,
    preAuthorizedCodeHash: sha256().describe(
      'SHA-256 of the pre-authorized code given to the learner; the code itself is never kept.',
    ),
    offeredAt: dateTime(),
    expiresAt: dateTime().describe('The code is refused from this time on (10 minutes).'),
  })
  .describe(
    "A learner asked to have a certificate's credential issued into a wallet: an OpenID4VCI offer with a single-use pre-authorized code.",
  );

export const preAuthorizedCodeRedeemedV1 = z
  .strictObject({
    ...offerRef,
    accessTokenHash: sha256().describe('SHA-256 of the access token the wallet was given.'),
    redeemedAt: dateTime(),
    accessTokenExpiresAt: dateTime(),
  })
  .describe(
    "A wallet exchanged the offer's pre-authorized code for an access token; the code cannot be used again.",
  );

/** The holder's DID, as the domain reads it: in the clear, opened under the learner's key. */
export const walletCredentialIssuedV1 = z
  .strictObject({
    ...offerRef,
    credentialId: z
      .string()
      .regex(/^urn:uuid:[0-9a-f-]{36}$/)
      .describe('The id of the credential issued into the wallet.'),
    sha256: sha256().describe('SHA-256 of the credential bytes as sent to the wallet.'),
    holder: z
      .string()
      .max(2000)
      .nullable()
      .describe(
        "The holder's DID (did:key or did:jwk) the credential is bound to; null once the learner was erased. Never stored in the clear: see v2.",
      ),
    issuedAt: dateTime(),
  })
  .describe(
    "A credential bound to the wallet holder's key was issued for a certificate (OpenID4VCI); it shares the certificate's status list entry.",
  );

/** As the log stores it: the holder's DID sealed under the learner's key. */
export const walletCredentialIssuedV2 = walletCredentialIssuedV1
  .omit({ holder: true })
  .extend({
    personalData: sealedData(4096).describe(
      "The JSON {\"holder\"} (and the event's requestHash, if any), padded, sealed under the learner's key with '<tenant>/<learnerId>' as associated data. Destroying the key erases it.",
    ),
  })
  .describe(
    "A credential bound to the wallet holder's key was issued; v1's holder DID is sealed under the learner's key, so an erasure removes it.",
  );

/**
 * An OpenID4VCI issuance, one stream per offer: offered, its code redeemed once, one credential
 * issued with the access token.
 */
export type WalletIssuanceEvent =
  | DomainEvent<'CredentialOfferMade', z.infer<typeof credentialOfferMadeV1>>
  | DomainEvent<'PreAuthorizedCodeRedeemed', z.infer<typeof preAuthorizedCodeRedeemedV1>>
  | DomainEvent<'WalletCredentialIssued', z.infer<typeof walletCredentialIssuedV1>>;

export const WALLET_ISSUANCE_EVENTS = {
  CredentialOfferMade: { 1: credentialOfferMadeV1 },
  PreAuthorizedCodeRedeemed: { 1: preAuthorizedCodeRedeemedV1 },
  WalletCredentialIssued: { 1: walletCredentialIssuedV1, 2: walletCredentialIssuedV2 },
} as const satisfies EventSchemasOf<WalletIssuanceEvent>;
