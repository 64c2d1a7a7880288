import '../runtime/require-node-24';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../auth/actor';
import { localSecret } from '../auth/jwt-secret';
import { signToken } from '../auth/sign-token';
import { loadConfig } from '../config/config';
import { createPrivateFilesOnly } from '../config/private-data-dir';

const usage = `Mints a token for this service.
  npm run token -- --tenant acme --role admin [--role trainer] [--sub u1] [--groups g1,g2] [--ttl 3600]
Roles: ${ROLES.join(', ')}`;

async function main(): Promise<void> {
  createPrivateFilesOnly();
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      role: { type: 'string', multiple: true },
      sub: { type: 'string' },
      groups: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string', default: '28800' },
      help: { type: 'boolean' },
    },
  });
  const roles = (values.role ?? []).flatMap((role) => role.split(','));
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (values.help || !values.tenant || roles.length === 0 || unknown.length > 0) {
    if (unknown.length > 0) process.stderr.write(`Unknown role: ${unknown.join(', ')}\n`);
    process.stderr.write(`${usage}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  if (!config.AUTH_JWT_SECRET && config.AUTH_JWKS_URL) {
    process.stderr.write('AUTH_JWKS_URL is set: tokens come from your identity provider.\n');
    process.exit(2);
  }
  const secret = config.AUTH_JWT_SECRET ?? localSecret(config.DATA_DIR);
  const token = await signToken(
    secret,
    {
      sub: values.sub ?? `${roles[0]}-1`,
      tenant: values.tenant,
      roles: roles as Role[],
      ...(values.groups && { groups: values.groups.split(',') }),
      ...(values.name && { name: values.name }),
    },
    { ttlSeconds: Number(values.ttl), issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE },
  );
  process.stdout.write(`${token}\n`);
}

void main();
