import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { certificatesFeature } from '../domain/certificates-feature';

/** Whether the tenant's certificates feature is on: a fact other commands look up. */
export async function isFeatureEnabled(write: WriteModel, tenant: string): Promise<boolean> {
  const state = await write.state(streams.certificatesFeature(tenant), certificatesFeature);
  return state?.enabled ?? false;
}
