import { deterministicId } from '../core/deterministic-id';
import { tenantDid, type Issuing } from './issuing';
import { OPEN_BADGES_CONTEXT, VC_V2_CONTEXT } from './json-ld-contexts';
import { certificateSalt, hashedEmailIdentity } from './learner-identity';
import { signCredential } from './sign-credential';
import { STATUS_LIST_LENGTH, STATUS_PURPOSE } from './status-list';

export type TrainingType = 'course' | 'pathway' | 'learning-program';

/** Everything a certificate's credential states; all of it comes from the log at generation. */
export interface CredentialFacts {
  readonly tenantId: string;
  readonly certificateId: string;
  readonly issuedAt: Date;
  readonly validUntil?: Date | null;
  readonly completedAt?: Date | null;
  readonly issuer: { readonly name: string; readonly url?: string | null };
  readonly training: {
    readonly trainingId: string;
    readonly title: string;
    readonly type: TrainingType;
  };
  /** The URL of the achievement's picture; credentials issued before pictures existed have none. */
  readonly achievementImage?: string | null;
  /** The learner's e-mail; empty (or absent) when the service holds none: no profile recorded. */
  readonly learner: { readonly email?: string | null };
  readonly status: { readonly statusListCredential: string; readonly statusListIndex: number };
  /** The e-mail hash's salt; derived from the certificate when not given. */
  readonly salt?: string;
}

/** Open Badges `achievementType` values; a pathway has none, so it takes the `ext:` form. */
const ACHIEVEMENT_TYPES: Record<TrainingType, string> = {
  course: 'Course',
  pathway: 'ext:Pathway',
  'learning-program': 'LearningProgram',
};

/**
 * The certificate as a signed Open Badges 3.0 `OpenBadgeCredential` (a W3C VC 2.0), returned as
 * the bytes to store beside the PDF. Its proof's `created` is the issue time; the proof is a list
 * of one, as the Open Badges JSON Schema for `AchievementCredential` asks.
 */
export async function issueCredential(issuing: Issuing, facts: CredentialFacts): Promise<Buffer> {
  const did = tenantDid(issuing, facts.tenantId);
  const key = await issuing.keys.current(facts.tenantId);
  return signCredential(openBadgeCredential(did, facts), key, did, facts.issuedAt, {
    proofs: 'list',
  });
}

/** The unsigned credential. */
export function openBadgeCredential(did: string, facts: CredentialFacts): Record<string, unknown> {
  const { training, status } = facts;
  if (
    !Number.isInteger(status.statusListIndex) ||
    status.statusListIndex < 0 ||
    status.statusListIndex >= STATUS_LIST_LENGTH
  )
    throw new RangeError(`Status list index out of range: ${status.statusListIndex}`);
  const index = String(status.statusListIndex);
  const email = facts.learner.email?.trim() ?? '';
  return {
    '@context': [VC_V2_CONTEXT, OPEN_BADGES_CONTEXT],
    id: `urn:uuid:${facts.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: training.title,
    issuer: {
      id: did,
      type: ['Profile'],
      name: facts.issuer.name,
      ...(facts.issuer.url ? { url: facts.issuer.url } : {}),
    },
    validFrom: facts.issuedAt.toISOString(),
    ...(facts.validUntil ? { validUntil: facts.validUntil.toISOString() } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      // Without an e-mail there is nothing to identify the learner by: the hash of an empty
      // address would be the same for every such learner, and match no one.
      ...(email !== '' && {
        identifier: [
          hashedEmailIdentity(
            email,
            facts.salt ?? certificateSalt(facts.tenantId, facts.certificateId),
          ),
        ],
      }),
      ...(facts.completedAt ? { activityEndDate: facts.completedAt.toISOString() } : {}),
      achievement: {
        id: `urn:uuid:${deterministicId(`achievement:${facts.tenantId}:${training.trainingId}`)}`,
        type: ['Achievement'],
        achievementType: ACHIEVEMENT_TYPES[training.type],
        name: training.title,
        ...(facts.achievementImage && {
          image: { id: facts.achievementImage, type: 'Image', caption: training.title },
        }),
        description: `Completion of the ${training.type.replace('-', ' ')} "${training.title}".`,
        criteria: {
          narrative: `Complete the ${training.type.replace('-', ' ')} "${training.title}".`,
        },
      },
    },
    credentialStatus: {
      id: `${status.statusListCredential}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: STATUS_PURPOSE,
      statusListIndex: index,
      statusListCredential: status.statusListCredential,
    },
  };
}
