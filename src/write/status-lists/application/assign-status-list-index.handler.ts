import type { CommandContext } from '../../../core/command-context';
import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { indexOf, statusList } from '../domain/status-list';

/** The certificate's index in its tenant's status list: assigned on the first call, the same ever after. */
export async function assignStatusListIndexFor(
  write: WriteModel,
  context: CommandContext,
  certificateId: string,
): Promise<number> {
  const tenantId = context.tenant;
  const { state } = await write.execute(
    streams.statusList(tenantId),
    statusList,
    context,
    (at) => ({ type: 'AssignStatusListIndex' as const, tenantId, certificateId, at }),
  );
  return indexOf(state, certificateId);
}
