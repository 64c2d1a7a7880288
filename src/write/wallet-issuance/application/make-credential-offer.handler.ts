import type { CommandContext } from '../../../core/command-context';
import { deterministicId } from '../../../core/deterministic-id';
import { refuse } from '../../../core/domain-error';
import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { certificate } from '../../certificates/domain/certificate';
import { findTraining } from '../../trainings/application/find-training';
import { credentialOffer } from '../domain/credential-offer';
import { learnerErased } from './certificate-still-issued';
import { hashOf, preAuthorizedCode } from './wallet-secrets';

/** An offer is single use and expires after 10 minutes (SPEC §1). */
export const OFFER_LIFETIME_MS = 10 * 60 * 1000;

/**
 * MakeCredentialOffer: the learner's generated, unrevoked certificate, offered to a wallet (an
 * unknown training is 404, as another tenant's ids are, and so is an erased learner's).
 * Answers the offer and its pre-authorized code (given once to the learner, kept as a hash).
 */
export async function makeCredentialOffer(
  write: WriteModel,
  context: CommandContext,
  input: { readonly trainingId: string; readonly learnerId: string; readonly secret: string },
) {
  const { trainingId, learnerId } = input;
  const offerId = deterministicId(`${context.commandId}/credential-offer`);
  const code = preAuthorizedCode(input.secret, offerId, context.commandId);
  const outcome = await write.execute(
    streams.credentialOffer(context.tenant, offerId),
    credentialOffer,
    context,
    async (now) => {
      if (!(await findTraining(write, context.tenant, trainingId)))
        refuse('not-found', `No training ${trainingId}`);
      if (await learnerErased(write, context.tenant, learnerId))
        refuse('not-found', "The learner's credentials were erased");
      const current = await write.state(
        streams.certificate(context.tenant, trainingId, learnerId),
        certificate,
      );
      if (current?.status === 'revoked')
        refuse('certificate-revoked', 'The certificate was revoked');
      if (current?.status !== 'generated')
        refuse('not-ready', 'There is no generated certificate to offer');
      return {
        type: 'MakeCredentialOffer' as const,
        offerId,
        certificateId: (current as { certificateId: string }).certificateId,
        trainingId,
        learnerId,
        preAuthorizedCodeHash: hashOf(code),
        at: now,
        expiresAt: new Date(now.getTime() + OFFER_LIFETIME_MS),
      };
    },
  );
  const made = outcome.events.find((event) => event.type === 'CredentialOfferMade');
  if (!made) throw new Error('The offer was not made');
  return { code, expiresAt: made.data.expiresAt, position: outcome.position };
}
