import type { Issuing } from '../../credentials/issuing';
import { statusListUrl } from '../../credentials/public-urls';
import { issueStatusList } from '../../credentials/status-list';
import type { ReadModels } from '../read-models';
import { STATUS_LISTS, type StatusListDoc, statusListsProjection } from './status-lists.projection';

/**
 * Each tenant's status list, signed when asked and kept until the list changes: the read model's
 * last-change time is the cache key, so a revocation shows as soon as it is projected.
 */
export class SignedStatusLists {
  private readonly cache = new Map<string, { updatedAt: string; bytes: Promise<Buffer> }>();

  constructor(
    private readonly reads: ReadModels,
    private readonly issuing: Issuing,
  ) {}

  /** null while the tenant has no issuer key: no credential of it can name a list yet. */
  async signed(tenantId: string): Promise<Buffer | null> {
    const keys = await this.issuing.keys.publicKeys(tenantId);
    if (keys.length === 0) return null;
    const doc = await this.reads.get<StatusListDoc>(
      statusListsProjection.name,
      STATUS_LISTS,
      tenantId,
    );
    // An empty list dates from the tenant's first key; a rotation signs again with the new key.
    const updatedAt = doc?.updatedAt ?? keys[0]!.createdAt;
    const cacheKey = `${updatedAt}/${keys.at(-1)!.keyId}`;
    const cached = this.cache.get(tenantId);
    if (cached?.updatedAt === cacheKey) return cached.bytes;
    const bytes = issueStatusList(this.issuing, {
      tenantId,
      url: statusListUrl(this.issuing.publicUrl, tenantId),
      revokedIndexes: doc?.revokedIndexes ?? [],
      updatedAt: new Date(updatedAt),
    });
    this.cache.set(tenantId, { updatedAt: cacheKey, bytes });
    bytes.catch(() => this.cache.delete(tenantId));
    return bytes;
  }
}
