import { type AccessScope, tenantWide } from '../../src/core/access-scope';
import { fold } from '../../src/core/decider';
import {
  certificate,
  type CertificateCommand,
  type TrainingFacts,
} from '../../src/write/certificates/domain/certificate';
import type { CertificateEvent } from '../../src/events/certificate.events';
import { training } from '../../src/write/trainings/domain/training';
import type { TrainingEvent } from '../../src/events/training.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(certificate);
const trainingId = 'training-1';
const learnerId = 'learner-1';
const admin = 'admin-1';
const completedAt = new Date('2026-03-02T10:00:00Z');
const firstClick = new Date('2026-03-03T09:00:00Z');
const generatedAt = new Date('2026-03-03T09:00:05Z');
const deletedAt = new Date('2026-03-10T14:00:00Z');
const secondClick = new Date('2026-03-11T08:00:00Z');
const thirdClick = new Date('2026-03-20T08:00:00Z');
const revokedAt = new Date('2026-03-12T16:00:00Z');
const groupsOf = (...groups: string[]): AccessScope => ({ kind: 'groups', groups });

const assignedTo = (
  version: number | null,
  groupId: string | null = null,
  validForMonths: number | null = null,
): TrainingFacts => ({
  groupId,
  assignment: version === null ? null : { templateId: 'tpl-1', version, validForMonths },
});

type Request = Extract<CertificateCommand, { type: 'GenerateCertificate' }>;
type Delete = Extract<CertificateCommand, { type: 'DeleteCertificate' }>;
type Revoke = Extract<CertificateCommand, { type: 'RevokeCertificate' }>;

const request = (overrides: Partial<Request> = {}): Request => ({
  type: 'GenerateCertificate',
  featureEnabled: true,
  completed: true,
  cycle: 1,
  newCertificateId: 'cert-1',
  selfService: true,
  trainingId,
  learnerId,
  training: assignedTo(1),
  scope: tenantWide,
  by: learnerId,
  at: firstClick,
  ...overrides,
});

/** An admin's generate-again on the learner's behalf. */
const adminRequest = (overrides: Partial<Request> = {}): Request =>
  request({ selfService: false, by: admin, ...overrides });

const revoke = (overrides: Partial<Revoke> = {}): Revoke => ({
  type: 'RevokeCertificate',
  reason: 'Issued in error',
  trainingId,
  learnerId,
  training: assignedTo(1),
  scope: tenantWide,
  by: admin,
  at: revokedAt,
  ...overrides,
});

const remove = (overrides: Partial<Delete> = {}): Delete => ({
  type: 'DeleteCertificate',
  reason: 'Misspelt name',
  trainingId,
  learnerId,
  training: assignedTo(1),
  scope: tenantWide,
  by: admin,
  at: deletedAt,
  ...overrides,
});

const recordGenerated = (certificateId: string): CertificateCommand => ({
  type: 'RecordCertificateGenerated',
  certificateId,
  fileId: `file-${certificateId}`,
  sha256: 'ab'.repeat(32),
  size: 12_345,
  at: generatedAt,
});

const recordFailed = (certificateId: string): CertificateCommand => ({
  type: 'RecordCertificateGenerationFailed',
  certificateId,
  reason: 'renderer crashed',
  at: generatedAt,
});

const ref = (certificateId: string) => ({ certificateId, trainingId, learnerId });

const requested = (
  certificateId: string,
  version: number,
  at: Date,
  firstGeneratedAt: Date = at,
  by = learnerId,
  validity: { validForMonths?: number } = {},
): CertificateEvent => ({
  type: 'CertificateGenerationRequested',
  data: {
    ...ref(certificateId),
    templateId: 'tpl-1',
    version,
    requestedAt: at.toISOString(),
    requestedBy: by,
    firstGeneratedAt: firstGeneratedAt.toISOString(),
    ...validity,
  },
});

const generated = (
  certificateId: string,
  validity: { validUntil?: string } = {},
): CertificateEvent => ({
  type: 'CertificateGenerated',
  data: {
    ...ref(certificateId),
    fileId: `file-${certificateId}`,
    sha256: 'ab'.repeat(32),
    size: 12_345,
    generatedAt: generatedAt.toISOString(),
    ...validity,
  },
});

const revoked = (certificateId: string, reason = 'Issued in error'): CertificateEvent => ({
  type: 'CertificateRevoked',
  data: { ...ref(certificateId), reason, revokedBy: admin, revokedAt: revokedAt.toISOString() },
});

const failed = (certificateId: string): CertificateEvent => ({
  type: 'CertificateGenerationFailed',
  data: { ...ref(certificateId), reason: 'renderer crashed', failedAt: generatedAt.toISOString() },
});

const deleted = (
  certificateId: string,
  reason: string | null = 'Misspelt name',
): CertificateEvent => ({
  type: 'CertificateDeleted',
  data: {
    ...ref(certificateId),
    reason,
    deletedBy: admin,
    deletedAt: deletedAt.toISOString(),
  },
});

/** The training facts the shell reads from the training's own history before deciding. */
function trainingFactsFrom(history: TrainingEvent[]): TrainingFacts {
  const state = fold(training, history);
  return { groupId: state.groupId, assignment: state.assignment };
}

const trainingCreated: TrainingEvent = {
  type: 'TrainingCreated',
  data: { trainingId, type: 'course', title: 'Fire safety', groupId: null },
};
const trainingAssigned = (version: number, at: Date): TrainingEvent => ({
  type: 'CertificateAssigned',
  data: {
    trainingId,
    templateId: 'tpl-1',
    version,
    assignedAt: at.toISOString(),
    assignedBy: admin,
  },
});

describe('Certificate', () => {
  describe('requesting a certificate', () => {
    it('refuses while the feature is off', () => {
      spec
        .given([])
        .when(request({ featureEnabled: false }))
        .thenThrows('feature-inactive');
    });

    it('[R-feature-per-tenant] checks the feature before anything else: missing training, no completion, no assignment', () => {
      spec
        .given([])
        .when(request({ featureEnabled: false, training: null, completed: false }))
        .thenThrows('feature-inactive');
    });

    it('checks the feature before anything else, even when a certificate is already generated', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(request({ featureEnabled: false, newCertificateId: 'cert-2' }))
        .thenThrows('feature-inactive');
    });

    it('refuses a training that does not exist', () => {
      spec
        .given([])
        .when(request({ training: null }))
        .thenThrows('not-found');
    });

    it('[R-group-scope] forbids a group-scoped actor on a training of another group', () => {
      spec
        .given([])
        .when(request({ training: assignedTo(1, 'north'), scope: groupsOf('south') }))
        .thenThrows('forbidden');
    });

    it('lets a group-scoped actor request on a training of their group', () => {
      spec
        .given([])
        .when(request({ training: assignedTo(1, 'north'), scope: groupsOf('north'), by: admin }))
        .then([requested('cert-1', 1, firstClick, firstClick, admin)]);
    });

    it('refuses a learner who has not completed the training', () => {
      spec
        .given([])
        .when(request({ completed: false }))
        .thenThrows('not-completed');
    });

    it('checks completion before the assignment', () => {
      spec
        .given([])
        .when(request({ completed: false, training: assignedTo(null) }))
        .thenThrows('not-completed');
    });

    it('[R-personal-data] refuses a new certificate for an erased learner', () => {
      spec
        .given([])
        .when(request({ learnerErased: true }))
        .thenThrows('learner-erased');
    });

    it('refuses when the training has no certificate assigned', () => {
      spec
        .given([])
        .when(request({ training: assignedTo(null) }))
        .thenThrows('no-certificate-assigned');
    });

    it('[R-version-at-first-generation] [R-first-generated-at-kept] the first request starts a generation with the version assigned now, and records firstGeneratedAt', () => {
      spec
        .given([])
        .when(request({ training: assignedTo(3) }))
        .then([requested('cert-1', 3, firstClick, firstClick)]);
    });

    it('[R-one-certificate-per-learner] while generating, asking again changes nothing: one certificate per learner and training', () => {
      spec
        .given([requested('cert-1', 1, firstClick)])
        .when(request({ newCertificateId: 'cert-2', at: secondClick }))
        .thenNothingHappens();
    });

    it('while generating, asking again changes nothing even if the assignment changed meanwhile', () => {
      spec
        .given([requested('cert-1', 1, firstClick)])
        .when(request({ newCertificateId: 'cert-2', training: assignedTo(2), at: secondClick }))
        .thenNothingHappens();
    });

    it('[R-version-at-first-generation] once generated, asking again changes nothing even if the assignment changed', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(request({ newCertificateId: 'cert-2', training: assignedTo(2), at: secondClick }))
        .thenNothingHappens();
    });

    it('once generated, asking again changes nothing even if the assignment was removed', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(request({ newCertificateId: 'cert-2', training: assignedTo(null), at: secondClick }))
        .thenNothingHappens();
    });

    it('[R-version-at-first-generation] the version is fixed at first generation, not at completion', () => {
      // Given the learner completed while version 1 was assigned ...
      const trainingHistory = [trainingCreated, trainingAssigned(1, completedAt)];
      expect(trainingFactsFrom(trainingHistory).assignment?.version).toBe(1);
      // ... and an admin assigned version 2 before the learner's first click
      trainingHistory.push(trainingAssigned(2, new Date('2026-03-02T18:00:00Z')));
      spec
        .given([])
        // When the learner asks for the certificate
        .when(request({ training: trainingFactsFrom(trainingHistory) }))
        // Then it is generated with version 2
        .then([requested('cert-1', 2, firstClick)]);
    });

    it('[R-first-generated-at-kept] a failed generation can be requested again, keeping the first firstGeneratedAt', () => {
      spec
        .given([requested('cert-1', 1, firstClick), failed('cert-1')])
        .when(request({ newCertificateId: 'cert-2', training: assignedTo(2), at: secondClick }))
        .then([requested('cert-2', 2, secondClick, firstClick)]);
    });
  });

  describe('recording the outcome of a generation', () => {
    it('records the generated file of the current generation', () => {
      spec
        .given([requested('cert-1', 1, firstClick)])
        .when(recordGenerated('cert-1'))
        .then([generated('cert-1')]);
    });

    it('records the signed credential issued beside the file, with its status list index', () => {
      const credential = {
        fileId: 'cred-1',
        sha256: 'cd'.repeat(32),
        size: 900,
        statusListIndex: 7,
      };
      const event = generated('cert-1');
      spec
        .given([requested('cert-1', 1, firstClick)])
        .when({ ...recordGenerated('cert-1'), credential } as CertificateCommand)
        .then([{ ...event, data: { ...event.data, credential } } as CertificateEvent]);
    });

    it('records the failure of the current generation', () => {
      spec
        .given([requested('cert-1', 1, firstClick)])
        .when(recordFailed('cert-1'))
        .then([failed('cert-1')]);
    });

    it('an outcome when no certificate was ever requested changes nothing', () => {
      spec.given([]).when(recordGenerated('cert-1')).thenNothingHappens();
    });

    it('recording the same generated outcome twice changes nothing: a generated certificate is immutable', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(recordGenerated('cert-1'))
        .thenNothingHappens();
    });

    it('a failure arriving after the certificate was generated changes nothing', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(recordFailed('cert-1'))
        .thenNothingHappens();
    });

    it('an outcome for a certificate deleted while generating changes nothing', () => {
      const history = [requested('cert-1', 1, firstClick), deleted('cert-1')];
      spec.given(history).when(recordGenerated('cert-1')).thenNothingHappens();
      spec.given(history).when(recordFailed('cert-1')).thenNothingHappens();
    });

    it('an outcome for a superseded generation changes nothing', () => {
      const history = [
        requested('cert-1', 1, firstClick),
        deleted('cert-1'),
        requested('cert-2', 2, secondClick, firstClick),
      ];
      spec.given(history).when(recordGenerated('cert-1')).thenNothingHappens();
      spec.given(history).when(recordFailed('cert-1')).thenNothingHappens();
    });

    it('an outcome for the generation that superseded it is recorded', () => {
      spec
        .given([
          requested('cert-1', 1, firstClick),
          deleted('cert-1'),
          requested('cert-2', 2, secondClick, firstClick),
        ])
        .when(recordGenerated('cert-2'))
        .then([generated('cert-2')]);
    });

    it('an outcome for an unknown certificate id changes nothing', () => {
      spec
        .given([requested('cert-1', 1, firstClick)])
        .when(recordGenerated('cert-other'))
        .thenNothingHappens();
    });
  });

  describe('deleting', () => {
    it('[R-admin-delete-regenerate] deletes a generated certificate, with the reason, who and when', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(remove())
        .then([deleted('cert-1')]);
    });

    it('deletes without a reason', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(remove({ reason: null }))
        .then([deleted('cert-1', null)]);
    });

    it('deletes a certificate that is still generating', () => {
      spec
        .given([requested('cert-1', 1, firstClick)])
        .when(remove())
        .then([deleted('cert-1')]);
    });

    it('refuses when there is no certificate', () => {
      spec.given([]).when(remove()).thenThrows('not-found');
    });

    it('refuses when the certificate is already deleted', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1'), deleted('cert-1')])
        .when(remove())
        .thenThrows('not-found');
    });

    it('refuses a training that does not exist', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(remove({ training: null }))
        .thenThrows('not-found');
    });

    it('forbids a group admin to delete on a training of another group', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(remove({ training: assignedTo(1, 'north'), scope: groupsOf('south') }))
        .thenThrows('forbidden');
    });

    it('lets a group admin delete on a training of their group', () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(remove({ training: assignedTo(1, 'north'), scope: groupsOf('north') }))
        .then([deleted('cert-1')]);
    });
  });

  describe('generating again after a deletion', () => {
    const generatedThenDeleted = [
      requested('cert-1', 1, firstClick),
      generated('cert-1'),
      deleted('cert-1'),
    ];

    it('[R-admin-delete-regenerate] [R-first-generated-at-kept] uses the version assigned now, a new certificate id, and keeps the first firstGeneratedAt', () => {
      spec
        .given(generatedThenDeleted)
        .when(request({ newCertificateId: 'cert-2', training: assignedTo(3), at: secondClick }))
        .then([requested('cert-2', 3, secondClick, firstClick)]);
    });

    it('[R-admin-delete-regenerate] an admin can generate it again for the learner, with the same rules', () => {
      spec
        .given(generatedThenDeleted)
        .when(
          request({
            newCertificateId: 'cert-2',
            training: assignedTo(2),
            at: secondClick,
            by: admin,
          }),
        )
        .then([requested('cert-2', 2, secondClick, firstClick, admin)]);
    });

    it('[R-first-generated-at-kept] keeps the very first firstGeneratedAt across several deletions', () => {
      spec
        .given([
          ...generatedThenDeleted,
          requested('cert-2', 2, secondClick, firstClick),
          generated('cert-2'),
          deleted('cert-2'),
        ])
        .when(request({ newCertificateId: 'cert-3', training: assignedTo(3), at: thirdClick }))
        .then([requested('cert-3', 3, thirdClick, firstClick)]);
    });

    it('refuses when the training no longer has a certificate assigned', () => {
      spec
        .given(generatedThenDeleted)
        .when(request({ newCertificateId: 'cert-2', training: assignedTo(null), at: secondClick }))
        .thenThrows('no-certificate-assigned');
    });
  });
  describe('revoking', () => {
    const generatedOnce = [requested('cert-1', 1, firstClick), generated('cert-1')];

    it('[R-revocation] revokes a generated certificate, with the reason, who and when', () => {
      spec
        .given(generatedOnce)
        .when(revoke())
        .then([revoked('cert-1')]);
    });

    it('revoking again changes nothing, whatever the reason', () => {
      spec
        .given([...generatedOnce, revoked('cert-1')])
        .when(revoke({ reason: 'Fraud', at: thirdClick }))
        .thenNothingHappens();
    });

    it('refuses while the certificate is generating: not ready', () => {
      spec
        .given([requested('cert-1', 1, firstClick)])
        .when(revoke())
        .thenThrows('not-ready');
    });

    it('refuses after a failed generation: not ready', () => {
      spec
        .given([requested('cert-1', 1, firstClick), failed('cert-1')])
        .when(revoke())
        .thenThrows('not-ready');
    });

    it('refuses when there is no certificate, or it was deleted: not ready', () => {
      spec.given([]).when(revoke()).thenThrows('not-ready');
      spec
        .given([...generatedOnce, deleted('cert-1')])
        .when(revoke())
        .thenThrows('not-ready');
    });

    it('refuses a training that does not exist', () => {
      spec
        .given(generatedOnce)
        .when(revoke({ training: null }))
        .thenThrows('not-found');
    });

    it('forbids a group admin to revoke on a training of another group', () => {
      spec
        .given(generatedOnce)
        .when(revoke({ training: assignedTo(1, 'north'), scope: groupsOf('south') }))
        .thenThrows('forbidden');
    });

    it('lets a group admin revoke on a training of their group', () => {
      spec
        .given(generatedOnce)
        .when(revoke({ training: assignedTo(1, 'north'), scope: groupsOf('north') }))
        .then([revoked('cert-1')]);
    });

    it('revokes whether or not the feature is on (only assigning and generating need it)', () => {
      spec
        .given(generatedOnce)
        .when(revoke({ training: assignedTo(null) }))
        .then([revoked('cert-1')]);
    });

    it('a generation outcome arriving after the revocation changes nothing', () => {
      spec
        .given([...generatedOnce, revoked('cert-1')])
        .when(recordGenerated('cert-1'))
        .thenNothingHappens();
    });

    it('[R-revocation] a revoked certificate is not deleted: the revocation stays its last word', () => {
      spec
        .given([...generatedOnce, revoked('cert-1')])
        .when(remove())
        .thenThrows('certificate-revoked');
    });
  });

  describe('generating after a revocation', () => {
    const revokedOnce = [
      requested('cert-1', 1, firstClick),
      generated('cert-1'),
      revoked('cert-1'),
    ];

    it('[R-revocation] the learner cannot generate again on their own', () => {
      spec
        .given(revokedOnce)
        .when(request({ newCertificateId: 'cert-2', at: secondClick }))
        .thenThrows('certificate-revoked');
    });

    it('the learner is told it was revoked even if the assignment was removed since', () => {
      spec
        .given(revokedOnce)
        .when(request({ newCertificateId: 'cert-2', training: assignedTo(null), at: secondClick }))
        .thenThrows('certificate-revoked');
    });

    it('[R-revocation] an admin generates a new certificate: a new id, the version assigned now, the first firstGeneratedAt', () => {
      spec
        .given(revokedOnce)
        .when(
          adminRequest({ newCertificateId: 'cert-2', training: assignedTo(3), at: secondClick }),
        )
        .then([requested('cert-2', 3, secondClick, firstClick, admin)]);
    });

    it("an admin's new certificate carries the validity assigned now", () => {
      spec
        .given(revokedOnce)
        .when(
          adminRequest({
            newCertificateId: 'cert-2',
            training: assignedTo(2, null, 6),
            at: secondClick,
          }),
        )
        .then([requested('cert-2', 2, secondClick, firstClick, admin, { validForMonths: 6 })]);
    });

    it("once the admin's new certificate is generated, the learner asking again changes nothing", () => {
      spec
        .given([
          ...revokedOnce,
          requested('cert-2', 2, secondClick, firstClick, admin),
          generated('cert-2'),
        ])
        .when(request({ newCertificateId: 'cert-3', at: thirdClick }))
        .thenNothingHappens();
    });

    it("an admin's generate-again on a certificate that is not revoked follows the usual rules", () => {
      spec
        .given([requested('cert-1', 1, firstClick), generated('cert-1')])
        .when(adminRequest({ newCertificateId: 'cert-2', at: secondClick }))
        .thenNothingHappens();
    });
  });

  describe('validity', () => {
    const january31 = new Date('2026-01-31T10:00:00Z');

    it("the request carries the assignment's validity in months", () => {
      spec
        .given([])
        .when(request({ training: assignedTo(1, null, 12) }))
        .then([requested('cert-1', 1, firstClick, firstClick, learnerId, { validForMonths: 12 })]);
    });

    it('without a validity, the request carries none and the certificate does not expire', () => {
      spec
        .given([requested('cert-1', 1, firstClick)])
        .when(recordGenerated('cert-1'))
        .then([generated('cert-1')]);
    });

    it('[R-validity-months] the generated certificate is valid until its issue time plus the months of its request', () => {
      spec
        .given([requested('cert-1', 1, firstClick, firstClick, learnerId, { validForMonths: 12 })])
        .when(recordGenerated('cert-1'))
        .then([generated('cert-1', { validUntil: '2027-03-03T09:00:00.000Z' })]);
    });

    it('counts calendar months: issued Jan 31, valid one month, it is valid until Feb 28', () => {
      spec
        .given([requested('cert-1', 1, january31, january31, learnerId, { validForMonths: 1 })])
        .when(recordGenerated('cert-1'))
        .then([generated('cert-1', { validUntil: '2026-02-28T10:00:00.000Z' })]);
    });

    it('[R-validity-months] changing the validity affects later generations only', () => {
      // Given a certificate requested under a 12-month assignment, then the assignment changed to 6
      const underTwelve = [
        requested('cert-1', 1, firstClick, firstClick, learnerId, { validForMonths: 12 }),
      ];
      const nowSix = assignedTo(1, null, 6);
      // the certificate under way keeps its 12 months
      spec
        .given(underTwelve)
        .when(request({ training: nowSix, at: secondClick }))
        .thenNothingHappens();
      spec
        .given(underTwelve)
        .when(recordGenerated('cert-1'))
        .then([generated('cert-1', { validUntil: '2027-03-03T09:00:00.000Z' })]);
      // and one generated after a deletion gets 6
      spec
        .given([...underTwelve, generated('cert-1'), deleted('cert-1')])
        .when(request({ newCertificateId: 'cert-2', training: nowSix, at: secondClick }))
        .then([requested('cert-2', 1, secondClick, firstClick, learnerId, { validForMonths: 6 })]);
    });
  });
});
