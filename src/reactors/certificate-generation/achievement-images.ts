import {
  type AchievementImageFacts,
  achievementImageId,
} from '../../credentials/achievement-image';
import { achievementImageFileKey } from '../../file-store/file-keys';
import type { FileStore } from '../../file-store/file-store';
import {
  ACHIEVEMENT_IMAGE_SIZE,
  achievementImageHtml,
} from '../../rendering/achievement-image-html';
import type { PdfRenderer } from '../../rendering/pdf-renderer';

/** Pictures this process remembers as stored; beyond it, the file store is asked again. */
const REMEMBERED = 1_000;

/**
 * Each achievement's picture, rendered by Chromium once and stored under its id (a hash of what
 * it shows): the first certificate of an achievement renders it, the others find it stored. Two
 * processes rendering the same picture at once store one of them; both are the same drawing.
 */
export class AchievementImages {
  /** Pictures stored or being stored, by id, oldest first. */
  private readonly stored = new Map<string, Promise<void>>();

  constructor(
    private readonly renderer: PdfRenderer,
    private readonly files: FileStore,
  ) {}

  /** The id of the achievement's picture, once it is stored. */
  async ensure(facts: AchievementImageFacts): Promise<string> {
    const imageId = achievementImageId(facts);
    let storing = this.stored.get(imageId);
    if (!storing) {
      storing = this.store(imageId, facts);
      this.stored.set(imageId, storing);
      if (this.stored.size > REMEMBERED) this.stored.delete(this.stored.keys().next().value!);
      // A failed render is tried again by the next certificate that needs it.
      storing.catch(() => this.stored.delete(imageId));
    }
    await storing;
    return imageId;
  }

  private async store(imageId: string, facts: AchievementImageFacts): Promise<void> {
    const key = achievementImageFileKey(imageId);
    const existing = await this.files.open(key);
    if (existing) return void existing.destroy();
    const size = { width: ACHIEVEMENT_IMAGE_SIZE, height: ACHIEVEMENT_IMAGE_SIZE };
    await this.files.putIfAbsent(
      key,
      await this.renderer.picture(achievementImageHtml(facts), size),
    );
  }
}
