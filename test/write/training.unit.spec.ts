import { type AccessScope, tenantWide } from '../../src/core/access-scope';
import {
  type TemplateFacts,
  training,
  type TrainingCommand,
} from '../../src/write/trainings/domain/training';
import type { TrainingEvent } from '../../src/events/training.events';
import { DeciderSpecification } from '../support/decider-specification';

const spec = DeciderSpecification.for(training);
const trainingId = 'training-1';
const admin = 'admin-1';
const assignedAt = new Date('2026-03-02T10:00:00Z');
const reassignedAt = new Date('2026-03-05T09:30:00Z');
const groupsOf = (...groups: string[]): AccessScope => ({ kind: 'groups', groups });
const templateWith = (latestVersion: number, templateId = 'tpl-1'): TemplateFacts => ({
  templateId,
  latestVersion,
});

type Assign = Extract<TrainingCommand, { type: 'AssignCertificate' }>;

const createTraining = (groupId: string | null, scope: AccessScope = tenantWide) =>
  ({
    type: 'CreateTraining',
    trainingId,
    trainingType: 'course',
    title: 'Fire safety',
    groupId,
    scope,
  }) satisfies TrainingCommand;

const assign = (overrides: Partial<Assign> = {}): Assign => ({
  type: 'AssignCertificate',
  featureEnabled: true,
  trainingId,
  templateId: 'tpl-1',
  version: 1,
  validForMonths: null,
  renewalWindowDays: null,
  template: templateWith(3),
  scope: tenantWide,
  by: admin,
  at: assignedAt,
  ...overrides,
});

const remove = (scope: AccessScope = tenantWide) =>
  ({ type: 'RemoveCertificate', trainingId, scope, by: admin }) satisfies TrainingCommand;

const created = (groupId: string | null = null): TrainingEvent => ({
  type: 'TrainingCreated',
  data: { trainingId, type: 'course', title: 'Fire safety', groupId },
});

const assigned = (
  version: number,
  templateId = 'tpl-1',
  at = assignedAt,
  validity: { validForMonths?: number; renewalWindowDays?: number } = {},
): TrainingEvent => ({
  type: 'CertificateAssigned',
  data: {
    ...{ trainingId, templateId, version, assignedAt: at.toISOString(), assignedBy: admin },
    // With a validity, the window is recorded too: 90 days unless the admin said otherwise.
    ...(validity.validForMonths !== undefined && { renewalWindowDays: 90 }),
    ...validity,
  },
});

const unassigned = (version: number, templateId = 'tpl-1'): TrainingEvent => ({
  type: 'CertificateUnassigned',
  data: { trainingId, templateId, version, unassignedBy: admin },
});

describe('Training', () => {
  describe('creating', () => {
    it('creates a training without a group', () => {
      spec
        .given([])
        .when(createTraining(null))
        .then([created(null)]);
    });

    it('[R-training-types] creates each kind of training', () => {
      for (const trainingType of ['course', 'pathway', 'learning-program'] as const)
        spec
          .given([])
          .when({ ...createTraining(null), trainingType })
          .then([
            {
              type: 'TrainingCreated',
              data: { trainingId, type: trainingType, title: 'Fire safety', groupId: null },
            },
          ]);
    });

    it('lets an admin create a training in any group', () => {
      spec
        .given([])
        .when(createTraining('north'))
        .then([created('north')]);
    });

    it('lets a group admin create a training in one of their groups', () => {
      spec
        .given([])
        .when(createTraining('north', groupsOf('north', 'south')))
        .then([created('north')]);
    });

    it('forbids a group admin to create a training in another group', () => {
      spec
        .given([])
        .when(createTraining('east', groupsOf('north')))
        .thenThrows('forbidden');
    });

    it('forbids a group admin to create a training outside every group', () => {
      spec
        .given([])
        .when(createTraining(null, groupsOf('north')))
        .thenThrows('forbidden');
    });

    it('refuses to create a training that already exists', () => {
      spec.given([created()]).when(createTraining(null)).thenThrows('already-exists');
    });
  });

  describe('assigning a certificate', () => {
    it('assigns a template version', () => {
      spec
        .given([created()])
        .when(assign({ version: 2 }))
        .then([assigned(2)]);
    });

    it('assigns the latest version', () => {
      spec
        .given([created()])
        .when(assign({ version: 3 }))
        .then([assigned(3)]);
    });

    it('refuses while the feature is off', () => {
      spec
        .given([created()])
        .when(assign({ featureEnabled: false }))
        .thenThrows('feature-inactive');
    });

    it('[R-feature-per-tenant] checks the feature before anything else: missing training and template still give feature-inactive', () => {
      spec
        .given([])
        .when(assign({ featureEnabled: false, template: null, version: 0, scope: groupsOf('x') }))
        .thenThrows('feature-inactive');
    });

    it('refuses a training that does not exist', () => {
      spec.given([]).when(assign()).thenThrows('not-found');
    });

    it('answers not-found, not forbidden, to a group admin for a training that does not exist', () => {
      spec
        .given([])
        .when(assign({ scope: groupsOf('north') }))
        .thenThrows('not-found');
    });

    it('refuses a template that does not exist (or is not visible to the tenant)', () => {
      spec
        .given([created()])
        .when(assign({ templateId: 'tpl-ghost', template: null }))
        .thenThrows('template-not-found');
    });

    it('refuses version 0', () => {
      spec
        .given([created()])
        .when(assign({ version: 0 }))
        .thenThrows('version-not-found');
    });

    it('refuses a version after the latest', () => {
      spec
        .given([created()])
        .when(assign({ version: 4 }))
        .thenThrows('version-not-found');
    });

    it('assigning the same template and version again changes nothing', () => {
      spec
        .given([created(), assigned(2)])
        .when(assign({ version: 2, at: reassignedAt }))
        .thenNothingHappens();
    });

    it('[R-one-assignment-per-training] assigning another version replaces the assignment', () => {
      spec
        .given([created(), assigned(1)])
        .when(assign({ version: 2, at: reassignedAt }))
        .then([assigned(2, 'tpl-1', reassignedAt)]);
    });

    it('[R-one-assignment-per-training] assigning another template replaces the assignment', () => {
      spec
        .given([created(), assigned(1)])
        .when(assign({ templateId: 'tpl-2', template: templateWith(1, 'tpl-2'), at: reassignedAt }))
        .then([assigned(1, 'tpl-2', reassignedAt)]);
    });

    it('assigning the same version as before a removal assigns it again', () => {
      spec
        .given([created(), assigned(1), unassigned(1)])
        .when(assign({ version: 1, at: reassignedAt }))
        .then([assigned(1, 'tpl-1', reassignedAt)]);
    });

    it('assigns with a validity in months', () => {
      spec
        .given([created()])
        .when(assign({ validForMonths: 24 }))
        .then([assigned(1, 'tpl-1', assignedAt, { validForMonths: 24 })]);
    });

    it('changing only the validity records a new assignment', () => {
      spec
        .given([created(), assigned(1)])
        .when(assign({ validForMonths: 12, at: reassignedAt }))
        .then([assigned(1, 'tpl-1', reassignedAt, { validForMonths: 12 })]);
    });

    it('removing the validity records a new assignment without one', () => {
      spec
        .given([created(), assigned(1, 'tpl-1', assignedAt, { validForMonths: 12 })])
        .when(assign({ at: reassignedAt }))
        .then([assigned(1, 'tpl-1', reassignedAt)]);
    });

    it('the same template, version and validity again changes nothing', () => {
      spec
        .given([created(), assigned(1, 'tpl-1', assignedAt, { validForMonths: 12 })])
        .when(assign({ validForMonths: 12, at: reassignedAt }))
        .thenNothingHappens();
    });

    it('accepts a validity of 1 and of 120 months, the bounds of SPEC §5', () => {
      for (const validForMonths of [1, 120])
        spec
          .given([created()])
          .when(assign({ validForMonths }))
          .then([assigned(1, 'tpl-1', assignedAt, { validForMonths })]);
    });

    it('refuses a validity outside 1 to 120 whole months', () => {
      for (const validForMonths of [0, -1, 121, 1.5])
        spec.given([created()]).when(assign({ validForMonths })).thenThrows('validation-failed');
    });

    it('records the renewal window given with a validity, 1 to 365 days', () => {
      for (const renewalWindowDays of [1, 30, 365])
        spec
          .given([created()])
          .when(assign({ validForMonths: 12, renewalWindowDays }))
          .then([assigned(1, 'tpl-1', assignedAt, { validForMonths: 12, renewalWindowDays })]);
    });

    it('refuses a renewal window outside 1 to 365 whole days, or without a validity', () => {
      for (const renewalWindowDays of [0, 366, -1, 2.5])
        spec
          .given([created()])
          .when(assign({ validForMonths: 12, renewalWindowDays }))
          .thenThrows('validation-failed');
      spec
        .given([created()])
        .when(assign({ renewalWindowDays: 30 }))
        .thenThrows('validation-failed');
    });

    it('changing only the renewal window records a new assignment', () => {
      spec
        .given([created(), assigned(1, 'tpl-1', assignedAt, { validForMonths: 12 })])
        .when(assign({ validForMonths: 12, renewalWindowDays: 30, at: reassignedAt }))
        .then([assigned(1, 'tpl-1', reassignedAt, { validForMonths: 12, renewalWindowDays: 30 })]);
    });

    it('an assignment recorded before renewal existed reads as the default 90-day window', () => {
      const old: TrainingEvent = {
        type: 'CertificateAssigned',
        data: {
          ...{ trainingId, templateId: 'tpl-1', version: 1, validForMonths: 12 },
          ...{ assignedAt: assignedAt.toISOString(), assignedBy: admin },
        },
      };
      spec
        .given([created(), old])
        .when(assign({ validForMonths: 12, renewalWindowDays: 90, at: reassignedAt }))
        .thenNothingHappens();
    });

    it('lets a group admin assign on a training of their group', () => {
      spec
        .given([created('north')])
        .when(assign({ scope: groupsOf('north') }))
        .then([assigned(1)]);
    });

    it('[R-group-scope] forbids a group admin to assign on a training of another group', () => {
      spec
        .given([created('north')])
        .when(assign({ scope: groupsOf('south') }))
        .thenThrows('forbidden');
    });

    it('forbids a group admin to assign on a training without a group', () => {
      spec
        .given([created(null)])
        .when(assign({ scope: groupsOf('north') }))
        .thenThrows('forbidden');
    });

    it('lets a tenant-wide admin assign on a training of any group', () => {
      spec
        .given([created('north')])
        .when(assign({ scope: tenantWide }))
        .then([assigned(1)]);
    });
  });

  describe('removing the certificate', () => {
    it('[R-one-assignment-per-training] removes the assignment, recording which template and version it was', () => {
      spec
        .given([created(), assigned(1), assigned(2)])
        .when(remove())
        .then([unassigned(2)]);
    });

    it('removing when nothing is assigned changes nothing', () => {
      spec.given([created()]).when(remove()).thenNothingHappens();
    });

    it('removing twice changes nothing the second time', () => {
      spec
        .given([created(), assigned(1), unassigned(1)])
        .when(remove())
        .thenNothingHappens();
    });

    it('refuses a training that does not exist', () => {
      spec.given([]).when(remove()).thenThrows('not-found');
    });

    it('forbids a group admin to remove on a training of another group', () => {
      spec
        .given([created('north'), assigned(1)])
        .when(remove(groupsOf('south')))
        .thenThrows('forbidden');
    });

    it('lets a group admin remove on a training of their group', () => {
      spec
        .given([created('north'), assigned(1)])
        .when(remove(groupsOf('north')))
        .then([unassigned(1)]);
    });
  });
});
