import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type { Clock } from '../../../core/clock';
import type { CommandContext } from '../../../core/command-context';
import { refuseOAuth } from '../../../core/oauth-refusal';
import { streams } from '../../../core/stream-names';
import type { IssuerSigningKey } from '../../../credentials/issuer-keys';
import type { Issuing } from '../../../credentials/issuing';
import { walletCredential } from '../../../credentials/wallet/wallet-credential';
import { credentialFileKey } from '../../../file-store/file-keys';
import type { FileStore } from '../../../file-store/file-store';
import type { WriteModel } from '../../command-handling/write-model';
import { credentialOffer, redeemedBy } from '../domain/credential-offer';
import { certificateStillIssued } from './certificate-still-issued';
import { hashOf, offerOf } from './wallet-secrets';

export interface WalletIssuanceParts {
  readonly write: WriteModel;
  readonly clock: Clock;
  readonly files: FileStore;
  readonly issuing: Issuing;
}

/**
 * The credential endpoint's work once the request is parsed: the access token must be valid
 * (`invalid_token`), then `holderOf` checks the proof at the service's time and names the holder,
 * the certificate must still be issued (`credential_request_denied`), and the credential is bound
 * and signed. RecordWalletIssuance appends its id and hash (the holder sealed) once per token.
 */
export async function issueWalletCredential(
  parts: WalletIssuanceParts,
  context: CommandContext,
  accessToken: string,
  holderOf: (now: Date) => Promise<string>,
) {
  const { write, clock, files, issuing } = parts;
  const offerId = offerOf(accessToken);
  if (offerId === null) return refuseOAuth('invalid_token', 'The access token is not valid');
  const stream = streams.credentialOffer(context.tenant, offerId);
  const state = (await write.state(stream, credentialOffer)) ?? credentialOffer.initialState();
  const offer = redeemedBy(state, hashOf(accessToken), clock.now());
  // The stored credential and the tenant's key are read while the proof is checked (file I/O
  // beside the signature check); they are used only once the proof passed and the certificate is
  // found still issued. A key that fails to read fails the request there, not before.
  let reading: Promise<Buffer | null> | null = storedCredential(files, offer.certificateId);
  let keying: Promise<IssuerSigningKey> | null = currentKey(issuing, context.tenant);
  const holder = await holderOf(clock.now()).catch(async (error: unknown) => {
    await reading;
    throw error;
  });
  const credentialId = `urn:uuid:${randomUUID()}`;
  let issued: Awaited<ReturnType<typeof walletCredential>> | undefined;
  const outcome = await write.execute(stream, credentialOffer, context, async (now) => {
    // A conflict's retry reads the file and the key again, as it decides again.
    const bytes = await (reading ?? storedCredential(files, offer.certificateId));
    const key = keying ?? currentKey(issuing, context.tenant);
    reading = null;
    keying = null;
    // An erasure deletes the file; it also marks the learner erased, which the check reads from
    // the log after the file was read: a credential is never issued from an erased learner's.
    if (!bytes || !(await certificateStillIssued(write, context.tenant, offer)))
      return refuseOAuth('credential_request_denied', 'The certificate is no longer valid');
    issued = await walletCredential(
      issuing,
      context.tenant,
      bytes,
      { credentialId, holder, issuedAt: now },
      key,
    );
    return {
      type: 'RecordWalletIssuance' as const,
      accessTokenHash: hashOf(accessToken),
      credentialId,
      sha256: issued.sha256,
      holder,
      at: now,
    };
  });
  if (!issued) throw new Error('No credential was signed');
  return { credential: issued.credential, position: outcome.position };
}

/**
 * The tenant's signing key, read ahead: its failure is the signing's, so it is marked handled
 * here and thrown where the key is awaited (and not at all when the request is refused first).
 */
function currentKey(issuing: Issuing, tenantId: string): Promise<IssuerSigningKey> {
  const key = issuing.keys.current(tenantId);
  key.catch(() => undefined);
  return key;
}

/** The certificate's stored credential, or null when it is gone (never a rejection). */
async function storedCredential(files: FileStore, certificateId: string): Promise<Buffer | null> {
  try {
    const stored = await files.open(credentialFileKey(certificateId));
    return stored && (await buffer(stored));
  } catch {
    return null;
  }
}
