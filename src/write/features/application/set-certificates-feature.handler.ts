import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { streams } from '../../stream-names';
import {
  certificatesFeature,
  type CertificatesFeatureEvent,
  type CertificatesFeatureState,
} from '../domain/certificates-feature';

type Outcome = CommandOutcome<CertificatesFeatureState, CertificatesFeatureEvent>;

/** The operator turns the certificates feature on or off for one tenant (ctx.tenant). */
export class SetCertificatesFeature extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly enabled: boolean,
  ) {
    super();
  }
}

@CommandHandler(SetCertificatesFeature)
export class SetCertificatesFeatureHandler implements ICommandHandler<SetCertificatesFeature> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  execute({ context, enabled }: SetCertificatesFeature): Promise<Outcome> {
    const stream = streams.certificatesFeature(context.tenant);
    return this.write.execute(stream, certificatesFeature, context, () => ({
      tenantId: context.tenant,
      enabled,
    }));
  }
}
