import type { CommandContext } from '../../../core/command-context';
import { streams } from '../../../core/stream-names';
import { verificationMethodId } from '../../../credentials/did-web';
import type { IssuerPublicKey } from '../../../credentials/issuer-keys';
import { type Issuing, tenantDid } from '../../../credentials/issuing';
import type { WriteModel } from '../../command-handling/write-model';
import { issuerKeyRotation } from '../domain/issuer-key-rotation';

/**
 * Rotates the tenant's key in the key store, then records the new public key in the log. The
 * rotation runs once per command: a conflict re-decides with the same new key, and a retry with
 * the same Idempotency-Key is answered from the log without rotating again.
 */
export async function rotateIssuerKey(
  write: WriteModel,
  context: CommandContext,
  issuing: Issuing,
) {
  const tenantId = context.tenant;
  let rotation: Promise<{ key: IssuerPublicKey; previousKeyId: string | null }> | undefined;
  const rotate = async () => {
    const previous = (await issuing.keys.publicKeys(tenantId)).at(-1)?.keyId ?? null;
    return { key: await issuing.keys.rotate(tenantId), previousKeyId: previous };
  };
  const did = tenantDid(issuing, tenantId);
  const outcome = await write.execute(
    streams.issuerKeys(tenantId),
    issuerKeyRotation,
    context,
    async (now) => {
      const { key, previousKeyId } = await (rotation ??= rotate());
      return {
        type: 'RecordIssuerKeyRotation' as const,
        ...{ tenantId, key, previousKeyId, by: context.actor.id, at: now },
        verificationMethod: verificationMethodId(did, key.keyId),
      };
    },
  );
  const recorded = outcome.events.at(-1) ?? null;
  const verificationMethod = recorded
    ? recorded.data.verificationMethod
    : verificationMethodId(did, outcome.state.rotatedTo.at(-1) ?? 'key-1');
  return { ...outcome, verificationMethod };
}
