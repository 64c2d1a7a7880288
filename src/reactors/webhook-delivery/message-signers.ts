import { Webhook } from 'standardwebhooks';
import type { WebhookSecrets } from '../../outbound/webhook-secrets';

/**
 * A webhook's Standard Webhooks signers, one per secret version, made once: deriving a secret
 * and decoding it into a key for every message cost more than the signature itself.
 */
export class MessageSigners {
  private readonly signers = new Map<number, Webhook>();

  constructor(
    private readonly secrets: WebhookSecrets,
    private readonly webhookId: string,
  ) {}

  /** The `webhook-signature` header: the message signed by each of `versions`. */
  sign(versions: readonly number[], messageId: string, sentAt: Date, body: string): string {
    return versions.map((version) => this.signer(version).sign(messageId, sentAt, body)).join(' ');
  }

  private signer(version: number): Webhook {
    let signer = this.signers.get(version);
    if (!signer) {
      // Versions only grow (rotations); the few that still sign are kept.
      if (this.signers.size >= 4) this.signers.clear();
      signer = new Webhook(this.secrets.secretOf(this.webhookId, version));
      this.signers.set(version, signer);
    }
    return signer;
  }
}
