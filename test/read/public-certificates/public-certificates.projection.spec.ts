import { ProjectionSpecification } from '../../support/projection-specification';
import {
  PUBLIC_CERTIFICATES,
  PUBLIC_FACTS,
  publicCertificatesProjection,
} from '../../../src/read/public-certificates/public-certificates.projection';

const spec = ProjectionSpecification.for(publicCertificatesProjection);
const ref = { certificateId: 'c1', trainingId: 't1', learnerId: 'l1' };
const at = (time: string) => `2026-03-02T${time}.000Z`;
const requested = {
  occurredAt: at('09:00:00'),
  event: {
    type: 'CertificateGenerationRequested' as const,
    data: {
      ...ref,
      ...{ templateId: 'classic-fr', version: 2, requestedAt: at('09:00:00') },
      ...{ requestedBy: 'l1', firstGeneratedAt: at('09:00:00') },
    },
  },
};
const indexed = {
  occurredAt: at('09:00:01'),
  event: {
    type: 'StatusListIndexAssigned' as const,
    data: { certificateId: 'c1', statusListIndex: 42, assignedAt: at('09:00:01') },
  },
};
const generated = {
  occurredAt: at('09:00:02'),
  event: {
    type: 'CertificateGenerated' as const,
    data: {
      ...{ ...ref, fileId: 'c1', sha256: 'ab'.repeat(32), size: 1000 },
      ...{ generatedAt: at('09:00:02'), validUntil: '2027-03-02T09:00:02.000Z' },
      credential: { fileId: 'c1', sha256: 'cd'.repeat(32), size: 2000, statusListIndex: 42 },
    },
  },
};
const certificate = {
  ...{ _id: 'c1', tenant: 'acme', ...ref, templateId: 'classic-fr', version: 2 },
  ...{ issuedAt: at('09:00:00'), revokedAt: null, deletedAt: null },
  ...{ cycle: 1, renews: null, renewedBy: null },
};
const generatedDoc = {
  ...certificate,
  ...{ status: 'generated', generatedAt: at('09:00:02'), validUntil: '2027-03-02T09:00:02.000Z' },
  ...{ file: { sha256: 'ab'.repeat(32), size: 1000 }, credentialFileId: 'c1' },
  statusListIndex: 42,
};

describe('The public certificates projection', () => {
  it('keeps the facts a public page names, by tenant and id', () => {
    spec
      .given([
        {
          occurredAt: at('08:00:00'),
          event: {
            type: 'LearnerProfileRecorded',
            data: { learnerId: 'l1', name: 'Ana', email: 'ana@example.org' },
          },
        },
        {
          occurredAt: at('08:00:01'),
          event: {
            type: 'TrainingCreated',
            data: { trainingId: 't1', type: 'course', title: 'Safety', groupId: null },
          },
        },
        {
          occurredAt: at('08:00:02'),
          event: {
            type: 'TrainingCompleted',
            data: { trainingId: 't1', learnerId: 'l1', completedAt: at('08:00:02'), score: 90 },
          },
        },
        {
          occurredAt: at('08:00:03'),
          event: {
            type: 'CertificateTemplateCreated',
            data: {
              ...{ templateId: 'classic-fr', kind: 'classic', title: 'Classique', language: 'fr' },
              ...{ ownerTenantId: 'acme', createdBy: 'op', createdAt: at('08:00:03') },
            },
          },
        },
        {
          occurredAt: at('08:00:04'),
          event: {
            type: 'IssuerProfileRecorded',
            data: {
              ...{ tenantId: 'acme', name: 'ACME Academy', url: 'https://acme.example' },
              ...{ email: null, logo: null, recordedBy: 'op', recordedAt: at('08:00:04') },
            },
          },
        },
      ])
      .then({
        [PUBLIC_FACTS]: {
          'learner:acme:l1': { _id: 'learner:acme:l1', name: 'Ana' },
          'training:acme:t1': { _id: 'training:acme:t1', title: 'Safety', type: 'course' },
          'completion:acme:t1:l1': { _id: 'completion:acme:t1:l1', completedAt: at('08:00:02') },
          'template:acme:classic-fr': {
            ...{ _id: 'template:acme:classic-fr', title: 'Classique', language: 'fr' },
          },
          'issuer:acme': { _id: 'issuer:acme', name: 'ACME Academy', url: 'https://acme.example' },
        },
      });
  });

  it('keeps the index assigned before a certificate generated without a credential', () => {
    const { credential: _left, ...withoutCredential } = generated.event.data;
    const plain = { ...generated, event: { ...generated.event, data: withoutCredential } };
    spec.given([requested, indexed, plain]).then({
      [PUBLIC_CERTIFICATES]: {
        c1: { ...generatedDoc, credentialFileId: null, statusListIndex: 42 },
      },
    });
  });

  it('follows a certificate from request to generated, with its files and index', () => {
    spec.given([requested]).then({
      [PUBLIC_CERTIFICATES]: {
        c1: {
          ...certificate,
          ...{ status: 'generating', generatedAt: null, validUntil: null, file: null },
          ...{ credentialFileId: null, statusListIndex: null },
        },
      },
    });
    spec.given([requested, indexed, generated]).then({
      [PUBLIC_CERTIFICATES]: { c1: generatedDoc },
    });
  });

  it('[R-certificate-number] keeps the number the certificate was given', () => {
    const numbered = {
      occurredAt: at('09:00:01'),
      event: {
        type: 'CertificateNumberAssigned' as const,
        data: { ...ref, number: 'ACME-2026-000007', sequence: 7, assignedAt: at('09:00:01') },
      },
    };
    spec.given([requested, numbered, indexed, generated]).then({
      [PUBLIC_CERTIFICATES]: { c1: { ...generatedDoc, number: 'ACME-2026-000007' } },
    });
    // A number for a certificate never requested makes no document of its own.
    spec.given([numbered]).thenNothingStored();
  });

  it('tells a revocation, which a later deletion does not undo', () => {
    const revoked = {
      occurredAt: at('10:00:00'),
      event: {
        type: 'CertificateRevoked' as const,
        data: { ...ref, reason: 'issued in error', revokedBy: 'admin', revokedAt: at('10:00:00') },
      },
    };
    const deleted = {
      occurredAt: at('11:00:00'),
      event: {
        type: 'CertificateDeleted' as const,
        data: { ...ref, reason: null, deletedBy: 'admin', deletedAt: at('11:00:00') },
      },
    };
    spec.given([requested, indexed, generated, deleted]).then({
      [PUBLIC_CERTIFICATES]: {
        c1: { ...generatedDoc, status: 'deleted', deletedAt: at('11:00:00') },
      },
    });
    spec.given([requested, indexed, generated, revoked, deleted]).then(
      {
        [PUBLIC_CERTIFICATES]: {
          c1: {
            ...generatedDoc,
            ...{ status: 'revoked', revokedAt: at('10:00:00') },
            deletedAt: at('11:00:00'),
          },
        },
      },
      { only: [PUBLIC_CERTIFICATES] },
    );
  });

  it("keeps a revocation's reason with the learner, and an erasure removes it, the same live and in a rebuild", () => {
    const revoked = (reason: string | null) => ({
      occurredAt: at('10:00:00'),
      event: {
        type: 'CertificateRevoked' as const,
        data: { ...ref, reason, revokedBy: 'admin', revokedAt: at('10:00:00') },
      },
    });
    const erased = {
      occurredAt: at('11:00:00'),
      event: {
        type: 'LearnerPersonalDataErased' as const,
        data: { learnerId: 'l1', erasedAt: at('11:00:00'), erasedBy: 'a1', reason: null },
      },
    };
    const reasons = 'revocation-reasons:acme:l1';
    spec.given([requested, generated, revoked('Ana Ruiz copied her exam')]).then(
      {
        [PUBLIC_FACTS]: {
          [reasons]: { _id: reasons, reasons: { c1: 'Ana Ruiz copied her exam' } },
        },
      },
      { only: [PUBLIC_FACTS] },
    );
    const afterErasure = {
      [PUBLIC_FACTS]: {
        'learner:acme:l1': { _id: 'learner:acme:l1', name: null, erasedAt: at('11:00:00') },
      },
    };
    spec
      .given([requested, generated, revoked('Ana Ruiz copied her exam'), erased])
      .then(afterErasure, { only: [PUBLIC_FACTS] });
    // A rebuild reads the revocation without its reason: the key is gone.
    spec.given([requested, generated, revoked(null), erased]).then(afterErasure, {
      only: [PUBLIC_FACTS],
    });
  });

  it("an erasure removes the learner's name from the facts, the same live and in a rebuild", () => {
    const profile = (name: string | null) => ({
      occurredAt: at('08:00:00'),
      event: {
        type: 'LearnerProfileRecorded' as const,
        data: { learnerId: 'l1', name, email: name && 'ana@example.org' },
      },
    });
    const erased = {
      occurredAt: at('10:00:00'),
      event: {
        type: 'LearnerPersonalDataErased' as const,
        data: { learnerId: 'l1', erasedAt: at('10:00:00'), erasedBy: 'a1', reason: null },
      },
    };
    const expected = {
      [PUBLIC_FACTS]: {
        'learner:acme:l1': { _id: 'learner:acme:l1', name: null, erasedAt: at('10:00:00') },
      },
    };

    spec.given([profile('Ana'), erased]).then(expected, { only: [PUBLIC_FACTS] });
    // A rebuild reads the profile back without its name: the key is gone.
    spec.given([profile(null), erased]).then(expected, { only: [PUBLIC_FACTS] });
  });
});
