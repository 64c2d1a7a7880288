import type { AddressPolicy } from '../../../core/address-policy';
import type { CommandContext } from '../../../core/command-context';
import { deterministicId } from '../../../core/deterministic-id';
import { streams } from '../../../core/stream-names';
import type { WebhookEventType } from '../../../events/webhook.events';
import { checkedAddresses, type LookupHost } from '../../../outbound/checked-addresses';
import type { WriteModel } from '../../command-handling/write-model';
import { webhook } from '../domain/webhook';

export interface NewWebhook {
  readonly url: string;
  readonly events: readonly WebhookEventType[];
  readonly description: string | null;
}

/**
 * Subscribes an endpoint of the context's tenant. Its URL is resolved and checked first (the
 * check is a fact the decider refuses on); its id derives from the command, so a retry with
 * the same Idempotency-Key finds the same webhook.
 */
export async function createWebhook(
  write: WriteModel,
  context: CommandContext,
  input: NewWebhook,
  policy: AddressPolicy,
  lookupHost?: LookupHost,
) {
  const webhookId = deterministicId(`${context.commandId}/webhook`);
  const { problem } = await checkedAddresses(input.url, policy, lookupHost);
  const stream = streams.webhook(context.tenant, webhookId);
  const outcome = await write.execute(stream, webhook, context, (at) => ({
    type: 'CreateWebhook' as const,
    webhookId,
    ...input,
    urlProblem: problem,
    by: context.actor.id,
    at,
  }));
  return { ...outcome, webhookId };
}

type OnWebhook =
  | { readonly type: 'RotateWebhookSecret' }
  | { readonly type: 'DeleteWebhook' }
  | { readonly type: 'RequestWebhookReplay'; readonly fromPosition: bigint };

/** Rotates the secret of, deletes, or asks a replay of a webhook of the context's tenant. */
export function changeWebhook(
  write: WriteModel,
  context: CommandContext,
  webhookId: string,
  command: OnWebhook,
) {
  const stream = streams.webhook(context.tenant, webhookId);
  return write.execute(stream, webhook, context, (at) => ({
    ...command,
    by: context.actor.id,
    at,
  }));
}
