/** The body every command answers with: what it adds, and the log position (as a string). */
export function answer<Extra extends object>(
  outcome: { readonly position: bigint },
  extra?: Extra,
): Extra & { position: string } {
  return { ...(extra as Extra), position: String(outcome.position) };
}

/** 201 when the command created something; 200 when it changed nothing (SPEC §4). */
export const createdOrUnchanged = (outcome: { readonly events: readonly unknown[] }) =>
  outcome.events.length > 0 ? 201 : 200;
