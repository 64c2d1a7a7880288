import type { Decider } from '../../../core/decider';
import { LineageMap } from '../../../core/lineage-map';
import type { CertificateNumberEvent } from '../../../events/certificate-number.events';
import { formatCertificateNumber } from './certificate-number';

/** A tenant's numbering: the number each certificate holds, and the last sequence handed out. */
export interface CertificateNumbersState {
  readonly byCertificate: LineageMap<string, string>;
  readonly sequence: number;
}

export interface AssignCertificateNumber {
  readonly type: 'AssignCertificateNumber';
  readonly certificateId: string;
  readonly trainingId: string;
  readonly learnerId: string;
  /** The issuer's prefix as it is now (its profile's, else the default). */
  readonly prefix: string;
  /** The request's time, the certificate's issue time: the number's year. */
  readonly issuedAt: Date;
  readonly at: Date;
}

/**
 * Each certificate gets the next number of its tenant, once: asking again for the same
 * certificate changes nothing, so a retried or doubled request keeps the number it was given.
 * Appended with the stream's expected revision, so two instances never hand out one sequence twice.
 */
export const certificateNumbers: Decider<
  CertificateNumbersState,
  AssignCertificateNumber,
  CertificateNumberEvent
> = {
  initialState: () => ({ byCertificate: LineageMap.none<string, string>(), sequence: 0 }),
  evolve: (state, { data }) => ({
    byCertificate: state.byCertificate.with(data.certificateId, data.number),
    sequence: Math.max(state.sequence, data.sequence),
  }),
  decide: (command, state) => {
    const { certificateId, trainingId, learnerId } = command;
    if (state.byCertificate.has(certificateId)) return [];
    const sequence = state.sequence + 1;
    const number = formatCertificateNumber(command.prefix, command.issuedAt, sequence);
    const assignedAt = command.at.toISOString();
    return [
      {
        type: 'CertificateNumberAssigned',
        data: { certificateId, trainingId, learnerId, number, sequence, assignedAt },
      },
    ];
  },
};
