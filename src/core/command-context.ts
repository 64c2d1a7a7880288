/** Who sends a command, on whose behalf, and how to recognise it when it is sent again. */
export interface CommandContext {
  /** Stable across retries of the same request (derived from its Idempotency-Key), else random. */
  readonly commandId: string;
  readonly tenant: string;
  readonly actor: { readonly id: string; readonly roles: readonly string[] };
  readonly correlationId: string;
  readonly causationId: string;
  readonly idempotencyKey?: string;
  /**
   * The command id was drawn at random for this one request (it carried no Idempotency-Key): no
   * other run derives the same event ids, so an append that succeeds stored this run's events.
   */
  readonly randomCommandId?: true;
  /** Hash of the request body, to refuse one Idempotency-Key reused for another request. */
  readonly requestHash?: string;
  /** The stream revision the client read (If-Match); then a conflict is never retried. */
  readonly expectedRevision?: bigint;
}
