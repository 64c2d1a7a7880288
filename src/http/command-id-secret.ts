import type { FastifyInstance } from 'fastify';
import { localSecret } from '../auth/jwt-secret';
import type { Config } from '../config/config';

/**
 * Gives every request the secret its command id is keyed with when it carries an
 * Idempotency-Key (see `CommandCtx`): `COMMAND_ID_SECRET`, else one made once in DATA_DIR.
 * Every instance must use the same one, so a retry sent to another instance is recognised.
 */
export function keyCommandIds(fastify: FastifyInstance, config: Config): void {
  const secret = config.COMMAND_ID_SECRET ?? localSecret(config.DATA_DIR, 'command-id-secret');
  fastify.decorateRequest('commandIdSecret', secret);
}
