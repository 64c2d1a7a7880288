import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { type IssuerProfile, issuerProfile } from '../domain/issuer-profile';

/** Sets the issuer profile of the tenant the command belongs to (context.tenant). */
export function recordIssuerProfile(
  write: WriteModel,
  context: CommandContext,
  profile: IssuerProfile,
) {
  const stream = streams.issuerProfile(context.tenant);
  return write.execute(stream, issuerProfile, context, (now) => ({
    type: 'RecordIssuerProfile' as const,
    tenantId: context.tenant,
    ...profile,
    by: context.actor.id,
    at: now,
  }));
}
