import { type AccessScope, tenantWide } from '../../../src/core/access-scope';
import { streams } from '../../../src/core/stream-names';
import { revokeCertificate } from '../../../src/write/certificates/application/revoke-certificate.handler';
import type { CertificateEvent } from '../../../src/events/certificate.events';
import {
  type Handler,
  HandlerSpecification,
  type Streams,
} from '../../support/handler-specification';

const now = new Date('2026-03-10T10:00:00.000Z');
const spec = HandlerSpecification.at(now);
const certificateStream = streams.certificate('acme', 't1', 'ann');
const ref = { certificateId: 'c1', trainingId: 't1', learnerId: 'ann' };
const revoke =
  (scope: AccessScope = tenantWide): Handler =>
  (write, context) =>
    revokeCertificate(write, context, {
      ...{ scope, trainingId: 't1', learnerId: 'ann', reason: 'Issued in error' },
    });

const training: Streams = {
  [streams.training('acme', 't1')]: [
    {
      type: 'TrainingCreated',
      data: { trainingId: 't1', type: 'course', title: 'Safety', groupId: 'north' },
    },
  ],
};
const requested: CertificateEvent = {
  type: 'CertificateGenerationRequested',
  data: {
    ...ref,
    ...{ templateId: 'classic-en', version: 1, requestedBy: 'ann' },
    ...{ requestedAt: '2026-03-02T10:00:00.000Z', firstGeneratedAt: '2026-03-02T10:00:00.000Z' },
  },
};
const generated: CertificateEvent = {
  type: 'CertificateGenerated',
  data: {
    ...{ ...ref, fileId: 'c1', sha256: 'ab'.repeat(32), size: 1000 },
    generatedAt: '2026-03-02T10:00:05.000Z',
  },
};
const revoked: CertificateEvent = {
  type: 'CertificateRevoked',
  data: { ...ref, reason: 'Issued in error', revokedBy: 'admin-1', revokedAt: now.toISOString() },
};

describe("RevokeCertificate, against the certificate's and the training's streams", () => {
  it('appends the revocation of a generated certificate', async () => {
    await spec
      .given({ ...training, [certificateStream]: [requested, generated] })
      .when(revoke())
      .then({ [certificateStream]: [revoked] });
  });

  it('appends nothing when the certificate is already revoked', async () => {
    await spec
      .given({ ...training, [certificateStream]: [requested, generated, revoked] })
      .when(revoke())
      .thenNothingHappens();
  });

  it('is refused while the certificate is generating', async () => {
    await spec
      .given({ ...training, [certificateStream]: [requested] })
      .when(revoke())
      .thenThrows('not-ready');
  });

  it('is refused outside a group admin’s groups', async () => {
    await spec
      .given({ ...training, [certificateStream]: [requested, generated] })
      .when(revoke({ kind: 'groups', groups: ['south'] }))
      .thenThrows('forbidden');
  });

  it("[R-tenant-isolation] is not-found for another tenant: it looks in the caller's tenant only", async () => {
    await HandlerSpecification.at(now, { tenant: 'globex' })
      .given({ ...training, [certificateStream]: [requested, generated] })
      .when(revoke())
      .thenThrows('not-found');
  });
});
