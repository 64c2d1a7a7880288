import { type AccessScope, requireScope } from '../../../core/access-scope';
import { DEFAULT_RENEWAL_WINDOW_DAYS, renewalWindowOf } from '../../../core/certificate-validity';
import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import type { TrainingEvent, TrainingType } from '../../../events/training.events';

export interface CertificateAssignment {
  readonly templateId: string;
  readonly version: number;
  readonly assignedAt: string;
  readonly assignedBy: string;
  /** Certificates generated under this assignment are valid this many months; null: no expiry. */
  readonly validForMonths: number | null;
  /** With a validity: renewal opens this many days before a certificate expires; else null. */
  readonly renewalWindowDays: number | null;
}

export interface TrainingState {
  readonly exists: boolean;
  /** What a certificate prints; null until the training is created. */
  readonly title: string | null;
  readonly type: TrainingType | null;
  readonly groupId: string | null;
  readonly assignment: CertificateAssignment | null;
}

/** What the write side knows of a template when assigning it, looked up before deciding. */
export interface TemplateFacts {
  readonly templateId: string;
  readonly latestVersion: number;
}

export type TrainingCommand =
  | {
      readonly type: 'CreateTraining';
      readonly trainingId: string;
      readonly trainingType: TrainingType;
      readonly title: string;
      readonly groupId: string | null;
      readonly scope: AccessScope;
    }
  | {
      readonly type: 'AssignCertificate';
      readonly featureEnabled: boolean;
      readonly trainingId: string;
      readonly templateId: string;
      readonly version: number;
      /** 1–120; null: certificates do not expire. */
      readonly validForMonths: number | null;
      /** 1–365, only with a validity; null: the default (90) when there is a validity. */
      readonly renewalWindowDays: number | null;
      /** null when no template with that id is visible to the tenant. */
      readonly template: TemplateFacts | null;
      readonly scope: AccessScope;
      readonly by: string;
      readonly at: Date;
    }
  | {
      readonly type: 'RemoveCertificate';
      readonly trainingId: string;
      readonly scope: AccessScope;
      readonly by: string;
    };

// Stryker disable next-line ObjectLiteral: a missing training is decided by `exists` alone; `assignment` is read as falsy
const initialState = (): TrainingState => ({
  exists: false,
  title: null,
  type: null,
  groupId: null,
  assignment: null,
});

function evolve(state: TrainingState, event: TrainingEvent): TrainingState {
  switch (event.type) {
    case 'TrainingCreated':
      return {
        ...state,
        exists: true,
        title: event.data.title,
        type: event.data.type,
        groupId: event.data.groupId,
      };
    case 'CertificateAssigned': {
      const { templateId, version, assignedAt, assignedBy } = event.data;
      const validForMonths = event.data.validForMonths ?? null;
      const renewalWindowDays = renewalWindowOf(event.data);
      return {
        ...state,
        assignment: {
          ...{ templateId, version, assignedAt, assignedBy },
          ...{ validForMonths, renewalWindowDays },
        },
      };
    }
    case 'CertificateUnassigned':
      return { ...state, assignment: null };
  }
}

function decide(command: TrainingCommand, state: TrainingState): TrainingEvent[] {
  switch (command.type) {
    case 'CreateTraining': {
      requireScope(command.scope, command.groupId, 'A training');
      if (state.exists) return refuse('already-exists', `Training ${command.trainingId} exists`);
      const { trainingId, trainingType, title, groupId } = command;
      return [
        { type: 'TrainingCreated', data: { trainingId, type: trainingType, title, groupId } },
      ];
    }
    case 'AssignCertificate':
      return assign(command, state);
    case 'RemoveCertificate': {
      requireExisting(state, command.trainingId, command.scope);
      if (!state.assignment) return [];
      const { templateId, version } = state.assignment;
      return [
        {
          type: 'CertificateUnassigned',
          data: { trainingId: command.trainingId, templateId, version, unassignedBy: command.by },
        },
      ];
    }
  }
}

function assign(
  command: Extract<TrainingCommand, { type: 'AssignCertificate' }>,
  state: TrainingState,
): TrainingEvent[] {
  if (!command.featureEnabled) return refuse('feature-inactive', 'Certificates are not enabled');
  requireExisting(state, command.trainingId, command.scope);
  const { template, templateId, version, validForMonths } = command;
  if (!template) return refuse('template-not-found', `No template ${templateId}`);
  if (version < 1 || version > template.latestVersion)
    return refuse('version-not-found', `Template ${templateId} has no version ${version}`);
  if (validForMonths !== null && !isValidity(validForMonths))
    return refuse('validation-failed', 'validForMonths must be a whole number from 1 to 120');
  if (command.renewalWindowDays !== null && validForMonths === null)
    return refuse('validation-failed', 'renewalWindowDays needs validForMonths');
  if (command.renewalWindowDays !== null && !isRenewalWindow(command.renewalWindowDays))
    return refuse('validation-failed', 'renewalWindowDays must be a whole number from 1 to 365');
  const renewalWindowDays =
    validForMonths === null ? null : (command.renewalWindowDays ?? DEFAULT_RENEWAL_WINDOW_DAYS);
  const current = state.assignment;
  if (
    current?.templateId === templateId &&
    current.version === version &&
    current.validForMonths === validForMonths &&
    current.renewalWindowDays === renewalWindowDays
  )
    return [];
  return [
    {
      type: 'CertificateAssigned',
      data: {
        trainingId: command.trainingId,
        templateId,
        version,
        assignedAt: command.at.toISOString(),
        assignedBy: command.by,
        ...(validForMonths !== null &&
          renewalWindowDays !== null && {
            validForMonths,
            renewalWindowDays,
          }),
      },
    },
  ];
}

/** A validity period in months, as SPEC §5 bounds it. */
export const isValidity = (months: number) =>
  Number.isInteger(months) && months >= 1 && months <= 120;

/** A renewal window in days, as SPEC §5 bounds it. */
export const isRenewalWindow = (days: number) => Number.isInteger(days) && days >= 1 && days <= 365;

function requireExisting(state: TrainingState, trainingId: string, scope: AccessScope): void {
  if (!state.exists) refuse('not-found', `No training ${trainingId}`);
  requireScope(scope, state.groupId, `Training ${trainingId}`);
}

export const training: Decider<TrainingState, TrainingCommand, TrainingEvent> = {
  initialState,
  evolve,
  decide,
};
