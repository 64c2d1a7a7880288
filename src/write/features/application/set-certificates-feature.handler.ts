import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { certificatesFeature } from '../domain/certificates-feature';

/** The operator turns the certificates feature on or off for one tenant (context.tenant). */
export function setCertificatesFeature(
  write: WriteModel,
  context: CommandContext,
  enabled: boolean,
) {
  const stream = streams.certificatesFeature(context.tenant);
  return write.execute(stream, certificatesFeature, context, () => ({
    type: 'SetCertificatesFeature' as const,
    tenantId: context.tenant,
    enabled,
  }));
}
