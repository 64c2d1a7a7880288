import type { Doc } from '../../read-store/read-store';
import type { WebhookEvent, WebhookEventType } from '../../events/webhook.events';
import type { Projection } from '../../projections/projection';

/** A tenant's live webhook, never its secret; deleted ones are gone. */
export interface WebhookDoc extends Doc {
  readonly tenant: string;
  readonly webhookId: string;
  readonly url: string;
  readonly events: readonly WebhookEventType[];
  readonly description: string | null;
  readonly createdAt: string;
  /** The log position of its creation: deliveries start after it. */
  readonly position: string;
}

export const WEBHOOKS = 'webhooks';

export const webhooksProjection: Projection<
  Extract<WebhookEvent, { type: 'WebhookCreated' | 'WebhookDeleted' }>
> = {
  name: 'webhooks',
  collections: [{ name: WEBHOOKS, indexes: [['tenant', 'createdAt']] }],
  handles: ['WebhookCreated', 'WebhookDeleted'],
  project: (event) => {
    const { webhookId } = event.data;
    if (event.type === 'WebhookDeleted')
      return [{ collection: WEBHOOKS, id: webhookId, update: () => null }];
    const { url, events, description, createdAt } = event.data;
    const doc: WebhookDoc = {
      ...{ _id: webhookId, tenant: event.metadata.tenant, webhookId, url, events, description },
      ...{ createdAt, position: event.position.toString() },
    };
    return [{ collection: WEBHOOKS, id: webhookId, creates: true, update: () => doc }];
  },
};
