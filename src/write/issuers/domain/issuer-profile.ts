import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import { logoProblem } from './issuer-logo';
import { CERTIFICATE_PREFIX } from '../../../events/contract';
import type { IssuerProfileEvent } from '../../../events/issuer-profile.events';

export interface IssuerProfile {
  readonly name: string;
  readonly url: string | null;
  readonly email: string | null;
  readonly logo: string | null;
  /** The prefix of later certificates' numbers; null: the default, from the tenant id. */
  readonly certificatePrefix: string | null;
}

/** null until the tenant's first profile is recorded. */
export type IssuerProfileState = IssuerProfile | null;

export interface RecordIssuerProfile extends IssuerProfile {
  readonly type: 'RecordIssuerProfile';
  readonly tenantId: string;
  readonly by: string;
  readonly at: Date;
}

function evolve(_state: IssuerProfileState, event: IssuerProfileEvent): IssuerProfileState {
  const { name, url, email, logo, certificatePrefix = null } = event.data;
  return { name, url, email, logo, certificatePrefix };
}

/**
 * A profile replaces the previous one as a whole (PUT); the same profile again changes nothing.
 * The logo is checked here too, so no path into the log can record a scripted one.
 */
function decide(command: RecordIssuerProfile, state: IssuerProfileState): IssuerProfileEvent[] {
  const { tenantId, name, url, email, logo, certificatePrefix } = command;
  const problem = logo === null ? null : logoProblem(logo);
  if (problem !== null) return refuse('validation-failed', problem);
  if (certificatePrefix !== null && !CERTIFICATE_PREFIX.test(certificatePrefix))
    return refuse('validation-failed', 'certificatePrefix must be 2 to 12 of A-Z and 0-9');
  if (
    state?.name === name &&
    state.url === url &&
    state.email === email &&
    state.logo === logo &&
    state.certificatePrefix === certificatePrefix
  )
    return [];
  const recorded = { recordedBy: command.by, recordedAt: command.at.toISOString() };
  // Left out when not chosen, as in the profiles recorded before it existed.
  const prefix = certificatePrefix !== null && { certificatePrefix };
  const data = { tenantId, name, url, email, logo, ...prefix, ...recorded };
  return [{ type: 'IssuerProfileRecorded', data }];
}

export const issuerProfile: Decider<IssuerProfileState, RecordIssuerProfile, IssuerProfileEvent> = {
  initialState: () => null,
  evolve,
  decide,
};
