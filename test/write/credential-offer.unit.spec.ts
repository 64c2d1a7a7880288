import { OAuthRefusal } from '../../src/core/oauth-refusal';
import type { WalletIssuanceEvent } from '../../src/events/wallet-issuance.events';
import {
  credentialOffer,
  type CredentialOfferCommand,
} from '../../src/write/wallet-issuance/domain/credential-offer';
import { fold } from '../../src/core/decider';

const facts = {
  offerId: '3c1e2f4a-8b7d-5e6f-9a0b-1c2d3e4f5a6b',
  certificateId: 'c1',
  trainingId: 't1',
  learnerId: 'l1',
};
const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const CODE = 'a'.repeat(64);
const TOKEN = 'b'.repeat(64);

const made: WalletIssuanceEvent = {
  type: 'CredentialOfferMade',
  data: {
    ...facts,
    preAuthorizedCodeHash: CODE,
    offeredAt: T0.toISOString(),
    expiresAt: at(10).toISOString(),
  },
};
const redeemed: WalletIssuanceEvent = {
  type: 'PreAuthorizedCodeRedeemed',
  data: {
    ...facts,
    accessTokenHash: TOKEN,
    redeemedAt: at(1).toISOString(),
    accessTokenExpiresAt: at(6).toISOString(),
  },
};
const redeem = (minutes: number, code = CODE): CredentialOfferCommand => ({
  type: 'RedeemPreAuthorizedCode',
  preAuthorizedCodeHash: code,
  accessTokenHash: TOKEN,
  at: at(minutes),
  accessTokenExpiresAt: at(minutes + 5),
});
const record = (minutes: number, token = TOKEN): CredentialOfferCommand => ({
  type: 'RecordWalletIssuance',
  accessTokenHash: token,
  credentialId: 'urn:uuid:7d3f1a2b-4c5e-4f6a-8b9c-0d1e2f3a4b5c',
  sha256: 'c'.repeat(64),
  holder: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
  at: at(minutes),
});

function oauthError(history: readonly WalletIssuanceEvent[], command: CredentialOfferCommand) {
  try {
    credentialOffer.decide(command, fold(credentialOffer, history));
  } catch (error) {
    if (error instanceof OAuthRefusal) return error.error;
    throw error;
  }
  return null;
}

describe('A credential offer (decider)', () => {
  it('[R-wallet-issuance] redeems its code once, before it expires, for an access token', () => {
    expect(credentialOffer.decide(redeem(1), fold(credentialOffer, [made]))).toEqual([redeemed]);
    expect(oauthError([made, redeemed], redeem(2))).toBe('invalid_grant');
    expect(oauthError([made], redeem(10))).toBe('invalid_grant');
    expect(oauthError([made], redeem(1, 'd'.repeat(64)))).toBe('invalid_grant');
    expect(oauthError([], redeem(1))).toBe('invalid_grant');
  });

  it('[R-wallet-issuance] records one credential per access token, while the token is valid', () => {
    const [issued] = credentialOffer.decide(record(2), fold(credentialOffer, [made, redeemed]));
    expect(issued).toMatchObject({
      type: 'WalletCredentialIssued',
      data: { ...facts, holder: expect.stringMatching(/^did:key:/), issuedAt: at(2).toISOString() },
    });
    expect(oauthError([made, redeemed, issued!], record(3))).toBe('invalid_token');
    expect(oauthError([made, redeemed], record(6))).toBe('invalid_token');
    expect(oauthError([made, redeemed], record(2, 'e'.repeat(64)))).toBe('invalid_token');
    expect(oauthError([made], record(2))).toBe('invalid_token');
  });
});
