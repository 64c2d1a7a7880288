import { certificateValidUntil } from '../../src/write/certificates/domain/certificate-validity';

const requestedAt = '2026-01-31T09:00:00.000Z';

describe('How long a certificate is valid', () => {
  it('is its issue time plus the months of the assignment, by the calendar', () => {
    expect(certificateValidUntil({ requestedAt, validForMonths: 1 })).toBe(
      '2026-02-28T09:00:00.000Z',
    );
  });

  it('is forever without a validity, also for requests recorded before validity existed', () => {
    expect(certificateValidUntil({ requestedAt, validForMonths: null })).toBeNull();
    expect(certificateValidUntil({ requestedAt })).toBeNull();
  });
});
