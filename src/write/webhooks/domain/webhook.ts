import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import type { WebhookEvent, WebhookEventType } from '../../../events/webhook.events';

/** A webhook as its stream records it; null before creation. */
export type WebhookState = {
  readonly webhookId: string;
  readonly url: string;
  readonly events: readonly WebhookEventType[];
  readonly description: string | null;
  readonly createdAt: string;
  readonly secretVersion: number;
  /** When the secret before the current one was replaced (it signs for 24 h more); null: never. */
  readonly rotatedAt: string | null;
  readonly deleted: boolean;
} | null;

interface Stamp {
  readonly by: string;
  readonly at: Date;
}

export type WebhookCommand =
  | (Stamp & {
      readonly type: 'CreateWebhook';
      readonly webhookId: string;
      readonly url: string;
      readonly events: readonly WebhookEventType[];
      readonly description: string | null;
      /** Why the URL may not be called (looked up before deciding), or null. */
      readonly urlProblem: string | null;
    })
  | (Stamp & { readonly type: 'RotateWebhookSecret' })
  | (Stamp & { readonly type: 'DeleteWebhook' })
  | (Stamp & { readonly type: 'RequestWebhookReplay'; readonly fromPosition: bigint });

function decide(command: WebhookCommand, state: WebhookState): WebhookEvent[] {
  const at = command.at.toISOString();
  if (command.type === 'CreateWebhook') {
    if (command.urlProblem !== null)
      return refuse('invalid-webhook-url', `The webhook URL is refused: ${command.urlProblem}`);
    if (state) return [];
    const { webhookId, url, events, description } = command;
    const data = { webhookId, url, events: [...events], description, createdBy: command.by };
    return [{ type: 'WebhookCreated', data: { ...data, createdAt: at } }];
  }
  if (!state || state.deleted) return refuse('not-found', 'No such webhook');
  const { webhookId } = state;
  switch (command.type) {
    case 'RotateWebhookSecret': {
      const secretVersion = state.secretVersion + 1;
      const data = { webhookId, secretVersion, rotatedBy: command.by, rotatedAt: at };
      return [{ type: 'WebhookSecretRotated', data }];
    }
    case 'DeleteWebhook':
      return [
        { type: 'WebhookDeleted', data: { webhookId, deletedBy: command.by, deletedAt: at } },
      ];
    case 'RequestWebhookReplay': {
      const fromPosition = command.fromPosition.toString();
      const data = { webhookId, fromPosition, requestedBy: command.by, requestedAt: at };
      return [{ type: 'WebhookReplayRequested', data }];
    }
  }
}

function evolve(state: WebhookState, event: WebhookEvent): WebhookState {
  switch (event.type) {
    case 'WebhookCreated': {
      const { webhookId, url, events, description, createdAt } = event.data;
      const secrets = { secretVersion: 1, rotatedAt: null };
      return { webhookId, url, events, description, createdAt, ...secrets, deleted: false };
    }
    case 'WebhookSecretRotated':
      return (
        state && {
          ...state,
          secretVersion: event.data.secretVersion,
          rotatedAt: event.data.rotatedAt,
        }
      );
    case 'WebhookDeleted':
      return state && { ...state, deleted: true };
    case 'WebhookReplayRequested':
      return state;
  }
}

/** A tenant's HTTP endpoint: created once, its secret rotated, replays asked, then deleted. */
export const webhook: Decider<WebhookState, WebhookCommand, WebhookEvent> = {
  initialState: () => null,
  evolve,
  decide,
};

/** How long the secret before a rotation still signs beside the new one. */
export const PREVIOUS_SECRET_SIGNS_MS = 24 * 60 * 60 * 1000;

/** The secret versions that sign a message sent at `at`: the current one, and for 24 h the one before. */
export function signingVersions(state: NonNullable<WebhookState>, at: Date): number[] {
  const { secretVersion, rotatedAt } = state;
  const previousSigns =
    rotatedAt !== null && at.getTime() < Date.parse(rotatedAt) + PREVIOUS_SECRET_SIGNS_MS;
  return previousSigns ? [secretVersion, secretVersion - 1] : [secretVersion];
}
