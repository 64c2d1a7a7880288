import type { Doc } from '../../read-store/read-store';
import type { IssuerProfileEvent } from '../../events/issuer-profile.events';
import type { Projection } from '../../projections/projection';

export interface IssuerProfileDoc extends Doc {
  readonly tenantId: string;
  readonly name: string;
  readonly url: string | null;
  readonly email: string | null;
  readonly logo: string | null;
  /** The prefix the tenant chose; null (or absent, in documents of before): the default. */
  readonly certificatePrefix?: string | null;
  readonly recordedAt: string;
}

export const ISSUER_PROFILES = 'issuerProfiles';

/** Each tenant's issuer profile as last recorded, by tenant id. */
export const issuerProfilesProjection: Projection<IssuerProfileEvent> = {
  name: 'issuerProfiles',
  collections: [{ name: ISSUER_PROFILES, indexes: [] }],
  handles: ['IssuerProfileRecorded'],
  project: (event) => {
    const tenantId = event.metadata.tenant;
    const { name, url, email, logo, recordedAt, certificatePrefix = null } = event.data;
    const doc: IssuerProfileDoc = {
      ...{ _id: tenantId, tenantId, name, url, email, logo },
      ...{ certificatePrefix, recordedAt },
    };
    return [{ collection: ISSUER_PROFILES, id: tenantId, update: () => doc }];
  },
};
