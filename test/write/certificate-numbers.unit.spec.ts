import { fold } from '../../src/core/decider';
import type { CertificateNumberEvent } from '../../src/events/certificate-number.events';
import {
  type AssignCertificateNumber,
  certificateNumbers,
} from '../../src/write/certificate-numbers/domain/certificate-numbers';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(certificateNumbers);
const at = new Date('2026-03-02T09:00:00.000Z');

const assign = (
  certificateId: string,
  overrides: Partial<AssignCertificateNumber> = {},
): AssignCertificateNumber => ({
  type: 'AssignCertificateNumber',
  certificateId,
  trainingId: 't1',
  learnerId: `learner-of-${certificateId}`,
  prefix: 'ACME',
  issuedAt: at,
  at,
  ...overrides,
});

const assigned = (
  certificateId: string,
  number: string,
  sequence: number,
  assignedAt = at,
): CertificateNumberEvent => ({
  type: 'CertificateNumberAssigned',
  data: {
    ...{ certificateId, trainingId: 't1', learnerId: `learner-of-${certificateId}` },
    ...{ number, sequence, assignedAt: assignedAt.toISOString() },
  },
});

describe("[R-certificate-number] A tenant's certificate numbers", () => {
  it('gives the first certificate sequence 1, in the year of its issue', () => {
    spec
      .given([])
      .when(assign('c1'))
      .then([assigned('c1', 'ACME-2026-000001', 1)]);
  });

  it('gives a certificate that has a number nothing new, whatever the prefix or time now', () => {
    spec
      .given([assigned('c1', 'ACME-2026-000001', 1)])
      .when(assign('c1', { prefix: 'OTHER', issuedAt: new Date('2030-01-01T00:00:00.000Z') }))
      .thenNothingHappens();
  });

  it('counts on across years: the year is the issue time, the sequence never starts again', () => {
    const newYear = new Date('2027-01-01T00:00:05.000Z');
    spec
      .given([assigned('c1', 'ACME-2026-000001', 1), assigned('c2', 'ACME-2026-000002', 2)])
      .when(assign('c3', { issuedAt: newYear, at: newYear }))
      .then([assigned('c3', 'ACME-2027-000003', 3, newYear)]);
  });

  it('counts on across prefix changes', () => {
    spec
      .given([assigned('c1', 'ACME-2026-000001', 1), assigned('c2', 'NEW-2026-000002', 2)])
      .when(assign('c3', { prefix: 'ZZ' }))
      .then([assigned('c3', 'ZZ-2026-000003', 3)]);
  });

  it('takes the year of the issue (the request), not of the moment the number is assigned', () => {
    const assignedAt = new Date('2027-01-01T00:00:01.000Z');
    spec
      .given([])
      .when(assign('c1', { issuedAt: new Date('2026-12-31T23:59:59.000Z'), at: assignedAt }))
      .then([assigned('c1', 'ACME-2026-000001', 1, assignedAt)]);
  });

  it('remembers the number of each certificate, and the last sequence given', () => {
    const state = fold(certificateNumbers, [
      assigned('c1', 'ACME-2026-000001', 1),
      assigned('c2', 'ACME-2026-000002', 2),
    ]);
    expect(state.byCertificate.get('c1')).toBe('ACME-2026-000001');
    expect(state.byCertificate.get('c2')).toBe('ACME-2026-000002');
    expect(state.sequence).toBe(2);
  });

  it('grows past 999999 with every digit kept', () => {
    spec
      .given([assigned('c1', 'ACME-2026-999999', 999_999)])
      .when(assign('c2'))
      .then([assigned('c2', 'ACME-2026-1000000', 1_000_000)]);
  });
});
