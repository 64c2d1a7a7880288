import type { CommandContext } from '../../../core/command-context';
import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { type NoticeCertificateExpiry, certificateNotices } from '../domain/certificate-notices';

/** Records that a certificate crossed a reminder offset or expired (once each). */
export function noticeCertificateExpiry(
  write: WriteModel,
  context: CommandContext,
  notice: Omit<NoticeCertificateExpiry, 'type'>,
) {
  const stream = streams.certificateNotices(context.tenant, notice.certificateId);
  return write.execute(stream, certificateNotices, context, () => ({
    type: 'NoticeCertificateExpiry' as const,
    ...notice,
  }));
}
