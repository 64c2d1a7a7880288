import type { Decider } from '../../../core/decider';
import type { IssuerKeyEvent } from '../../../events/issuer-key.events';

export interface IssuerKeysState {
  /** The keys whose rotation the log records, oldest first. */
  readonly rotatedTo: readonly string[];
}

/** A rotation already made in the key store, recorded once (a retried command makes no second). */
export interface RecordIssuerKeyRotation {
  readonly type: 'RecordIssuerKeyRotation';
  readonly tenantId: string;
  readonly key: { readonly keyId: string; readonly publicKeyMultibase: string };
  readonly verificationMethod: string;
  readonly previousKeyId: string | null;
  readonly by: string;
  readonly at: Date;
}

export const issuerKeyRotation: Decider<IssuerKeysState, RecordIssuerKeyRotation, IssuerKeyEvent> =
  {
    initialState: () => ({ rotatedTo: [] }),
    evolve: (state, event) => ({ rotatedTo: [...state.rotatedTo, event.data.keyId] }),
    decide: (command, state) => {
      if (state.rotatedTo.includes(command.key.keyId)) return [];
      const { tenantId, key, verificationMethod, previousKeyId } = command;
      return [
        {
          type: 'IssuerKeyRotated',
          data: {
            ...{ tenantId, keyId: key.keyId, verificationMethod },
            ...{ publicKeyMultibase: key.publicKeyMultibase, previousKeyId },
            ...{ rotatedBy: command.by, rotatedAt: command.at.toISOString() },
          },
        },
      ];
    },
  };
