import type { RecordedOfType } from '../../event-store/event-store';
import { waitForPosition } from '../../processing/checkpoint-watch';
import type { ReadStore } from '../../read-store/read-store';
import {
  assignCertificateNumberFor,
  findCertificateNumber,
} from '../../write/certificate-numbers/application/assign-certificate-number.handler';
import type { WriteModel } from '../../write/command-handling/write-model';
import {
  CERTIFICATE_NUMBERING,
  numberingContext,
} from '../certificate-numbering/certificate-numbering.reactor';
import { reactorCheckpoint } from '../reactor';

type Request = RecordedOfType<'CertificateGenerationRequested'>;

/** How long a render waits for the numbering reactor before it numbers the request itself. */
export const NUMBERING_WAIT_MS = 10_000;

/**
 * The number to print on a requested certificate. The numbering reactor gives numbers in log
 * order, so the render waits until its checkpoint has passed the request; should it fall behind
 * (stopped, failing, far behind after a deployment), the render numbers the request itself
 * after `waitMs` rather than hold every certificate up: the decider gives one number per
 * certificate whoever asks first, only the order may then differ from the requests'.
 */
export async function numberForRender(
  { write, store }: { write: WriteModel; store: ReadStore },
  request: Request,
  actor: string,
  { signal, waitMs = NUMBERING_WAIT_MS }: { signal: AbortSignal; waitMs?: number },
): Promise<string> {
  const tenant = request.metadata.tenant;
  const numbered = await waitForPosition(
    () => reactorCheckpoint(store, CERTIFICATE_NUMBERING),
    request.position,
    { timeoutMs: waitMs, signal },
  );
  if (numbered) {
    const number = await findCertificateNumber(write, tenant, request.data.certificateId);
    if (number !== null) return number;
  }
  if (signal.aborted) throw new Error('The service is stopping: the request is numbered later');
  return assignCertificateNumberFor(write, numberingContext(request, actor), request.data);
}
