/** Who a key belongs to: a learner of a tenant. */
export interface LearnerRef {
  readonly tenant: string;
  readonly learnerId: string;
}

/** A learner's key as the store holds it: the key, or the time it was destroyed. */
export type LearnerKey =
  | { readonly state: 'active'; readonly key: Buffer }
  | { readonly state: 'erased'; readonly erasedAt: string };

/**
 * Custody of the per-learner keys that encrypt personal data in the event log. Kept apart from
 * the log and from every rebuildable read model: destroying a key is what erases the data, so a
 * KMS can implement this port instead. A destroyed key leaves a tombstone, and a learner with a
 * tombstone never gets a key again.
 */
export interface PersonalDataKeys {
  /** The learner's key, created on first use; null once it was destroyed. */
  keyFor(learner: LearnerRef): Promise<Buffer | null>;
  /** The keys of these learners as they are now; a learner with no key yet is left out. */
  find(learners: readonly LearnerRef[]): Promise<ReadonlyMap<string, LearnerKey>>;
  /** Destroys the key for good, remembering when; destroying twice keeps the first time. */
  destroy(learner: LearnerRef, erasedAt: string): Promise<void>;
  close(): Promise<void>;
}

/** The map key `find` answers under. */
export const learnerKeyId = ({ tenant, learnerId }: LearnerRef): string => `${tenant}/${learnerId}`;

export const PERSONAL_DATA_KEYS = Symbol('PersonalDataKeys');
