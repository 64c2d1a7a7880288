import type { CertificateEvent } from '../../src/events/certificate.events';
import {
  type CertificateState,
  evolveCertificate,
  initialCertificateState,
} from '../../src/write/certificates/domain/certificate.state';

/**
 * The certificate's state as the decider folds it from its stream: each status, and what it keeps.
 * The decider's own spec checks the decisions; this one checks the fold they read.
 */
const ref = { certificateId: 'c-1', trainingId: 't-1', learnerId: 'l-1' };
const requested: CertificateEvent = {
  type: 'CertificateGenerationRequested',
  data: {
    ...ref,
    templateId: 'tpl-1',
    version: 2,
    requestedAt: '2026-03-02T10:00:00.000Z',
    requestedBy: 'admin-1',
    firstGeneratedAt: '2026-01-05T09:00:00.000Z',
    validForMonths: 12,
  },
};
const generated: CertificateEvent = {
  type: 'CertificateGenerated',
  data: {
    ...ref,
    fileId: 'f-1',
    sha256: 'a'.repeat(64),
    size: 1000,
    generatedAt: '2026-03-02T10:00:05.000Z',
  },
};
const failed: CertificateEvent = {
  type: 'CertificateGenerationFailed',
  data: { ...ref, reason: 'no renderer', failedAt: '2026-03-02T10:00:05.000Z' },
};
const revoked: CertificateEvent = {
  type: 'CertificateRevoked',
  data: { ...ref, reason: 'fraud', revokedBy: 'admin-1', revokedAt: '2026-03-03T10:00:00.000Z' },
};
const deleted: CertificateEvent = {
  type: 'CertificateDeleted',
  data: { ...ref, reason: null, deletedBy: 'admin-1', deletedAt: '2026-03-04T10:00:00.000Z' },
};

const fold = (...events: CertificateEvent[]): CertificateState =>
  events.reduce(evolveCertificate, initialCertificateState());

const generating = {
  status: 'generating',
  ...ref,
  templateId: 'tpl-1',
  version: 2,
  firstGeneratedAt: '2026-01-05T09:00:00.000Z',
  requestedAt: '2026-03-02T10:00:00.000Z',
  validForMonths: 12,
  // A request recorded before renewal existed: the first cycle, the default window.
  renewalWindowDays: 90,
  cycle: 1,
  renews: null,
  lastGenerated: null,
};
const lastGenerated = { certificateId: 'c-1', cycle: 1 };

describe('The certificate state', () => {
  it('starts as none', () => {
    expect(initialCertificateState()).toEqual({ status: 'none' });
  });

  it('is generating once requested, keeping what the request fixed', () => {
    expect(fold(requested)).toEqual(generating);
    const { validForMonths: _v, ...withoutValidity } = requested.data as Record<string, unknown>;
    expect(
      fold({ ...requested, data: withoutValidity } as unknown as CertificateEvent),
    ).toMatchObject({ validForMonths: null });
  });

  it('is generated, failed or revoked after its outcome', () => {
    expect(fold(requested, generated)).toEqual({
      ...generating,
      status: 'generated',
      generatedAt: '2026-03-02T10:00:05.000Z',
      lastGenerated,
    });
    expect(fold(requested, failed)).toEqual({ ...generating, status: 'failed' });
    expect(fold(requested, generated, revoked)).toEqual({
      ...generating,
      status: 'revoked',
      generatedAt: '2026-03-02T10:00:05.000Z',
      lastGenerated,
    });
  });

  it('keeps only the first request time after a deletion', () => {
    expect(fold(requested, generated, deleted)).toEqual({
      status: 'deleted',
      ...ref,
      firstGeneratedAt: '2026-01-05T09:00:00.000Z',
      cycle: 1,
      lastGenerated,
    });
  });

  it('changes nothing for an event out of order', () => {
    expect(fold(generated)).toEqual({ status: 'none' });
    expect(fold(failed)).toEqual({ status: 'none' });
    expect(fold(revoked)).toEqual({ status: 'none' });
    expect(fold(deleted)).toEqual({ status: 'none' });
    expect(fold(requested, revoked)).toEqual(generating);
    expect(fold(requested, failed, generated)).toEqual({ ...generating, status: 'failed' });
  });
});
