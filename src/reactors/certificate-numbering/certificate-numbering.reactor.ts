import { Inject, Injectable } from '@nestjs/common';
import type { RecordedOfType } from '../../event-store/event-store';
import { WriteModel } from '../../write/command-handling/write-model';
import { assignCertificateNumberFor } from '../../write/certificate-numbers/application/assign-certificate-number.handler';
import { reactionContext } from '../reaction-context';
import type { Reactor } from '../reactor';

export const CERTIFICATE_NUMBERING = 'certificate-numbering';
const ACTOR = 'system:certificate-numbering';

type Request = RecordedOfType<'CertificateGenerationRequested'>;

/** The command context both numbering paths use: the same command id, so the same event id. */
export const numberingContext = (request: Request, actor: string) =>
  reactionContext(request, 'AssignCertificateNumber', request.data.certificateId, actor);

/**
 * Numbers each generation request in log order, one at a time (no concurrency), so a tenant's
 * numbers follow the order in which its certificates were first asked for. The generation
 * reactor waits for this one's checkpoint before it renders, and numbers a request itself only
 * when this one falls behind; the decider gives a certificate one number either way.
 */
@Injectable()
export class CertificateNumberingReactor implements Reactor<'CertificateGenerationRequested'> {
  readonly name = CERTIFICATE_NUMBERING;
  readonly handles = ['CertificateGenerationRequested'] as const;

  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  async react(request: Request): Promise<void> {
    await assignCertificateNumberFor(this.write, numberingContext(request, ACTOR), request.data);
  }
}
