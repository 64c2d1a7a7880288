import { createHmac } from 'node:crypto';

/**
 * Webhook signing secrets, derived rather than stored: `whsec_` + base64 of HMAC-SHA256(key,
 * webhook id and secret version). Nothing secret enters the log, a read model or a backup;
 * whoever holds the key (WEBHOOK_SECRET_KEY, or the one made in DATA_DIR) can sign, and a
 * rotation is a new version. Losing the key means every endpoint needs a new secret.
 */
export class WebhookSecrets {
  constructor(private readonly key: string) {}

  secretOf(webhookId: string, version: number): string {
    const bytes = createHmac('sha256', this.key).update(`webhook/${webhookId}/${version}`).digest();
    return `whsec_${bytes.toString('base64')}`;
  }
}

export const WEBHOOK_SECRETS = Symbol('WebhookSecrets');
