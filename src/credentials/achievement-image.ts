import { createHash } from 'node:crypto';
import { ACHIEVEMENT_IMAGES_PATH } from './public-urls';

/**
 * Bumped when the picture's design changes: later credentials then point at pictures in the new
 * design, and earlier ones keep theirs.
 */
const DESIGN = 1;

/** What an achievement's picture is drawn from. */
export interface AchievementImageFacts {
  readonly tenantId: string;
  readonly trainingId: string;
  readonly title: string;
  readonly issuerName: string;
  readonly logo?: string | null;
}

/**
 * The picture's id: a hash of everything it shows. One picture serves every certificate of the
 * same achievement; a new title or logo makes a new picture, and the credentials issued before
 * keep pointing at the one they were signed with.
 */
export function achievementImageId(facts: AchievementImageFacts): string {
  const { tenantId, trainingId, title, issuerName, logo } = facts;
  return createHash('sha256')
    .update(JSON.stringify([DESIGN, tenantId, trainingId, title, issuerName, logo ?? '']))
    .digest('hex');
}

/** The picture's id in one of our achievement picture URLs, as a credential names it. */
const OUR_IMAGE_URL = new RegExp(`${ACHIEVEMENT_IMAGES_PATH}([0-9a-f]{64})\\.png$`);

/**
 * The id of the achievement picture a signed credential names, or null when it names none of
 * ours (credentials issued before achievements had pictures, or unreadable bytes).
 */
export function achievementImageIdIn(credential: Buffer): string | null {
  try {
    const parsed = JSON.parse(credential.toString('utf8')) as {
      credentialSubject?: { achievement?: { image?: { id?: unknown } | string } };
    };
    const image = parsed.credentialSubject?.achievement?.image;
    const url = typeof image === 'string' ? image : image?.id;
    return typeof url === 'string' ? (OUR_IMAGE_URL.exec(url)?.[1] ?? null) : null;
  } catch {
    return null;
  }
}
