import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { allowListProblem } from '../core/address-policy';
import { kurrentDbPasswordProblem } from './kurrentdb-password';

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

const url = z.url();

const settings = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    EVENT_STORE: z.enum(['sqlite', 'kurrentdb']).default('sqlite'),
    // Every scheme the client parses; esdb:// still works but the client warns it is deprecated.
    KURRENTDB_URL: z
      .string()
      .regex(/^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\//, 'must be a kurrentdb:// URL')
      .optional(),
    // Several deployments (or test runs) can share one KurrentDB, each seeing only its streams.
    KURRENTDB_STREAM_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1 to 40 letters, digits, _ or -')
      .optional(),
    READ_STORE: z.enum(['sqlite', 'mongodb']).default('sqlite'),
    MONGODB_URL: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// URL')
      .optional(),
    PROJECTIONS: z.enum(['run', 'off']).default('run'),
    REACTORS: z.enum(['run', 'off']).default('run'),
    CUTOFF_SCHEDULER: z.enum(['run', 'off']).default('run'),
    // Where `npm start` runs projections and reactors: in the HTTP event loop, or in a child
    // process it supervises (the default, but inline with the test clock).
    BACKGROUND: z.enum(['inline', 'process']).optional(),
    CUTOFF_CHECK_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
    FILE_STORE: z.enum(['disk', 'gridfs']).default('disk'),
    CHROMIUM_PATH: z.string().min(1).optional(),
    RENDER_POOL_SIZE: z.coerce.number().int().min(1).max(32).default(2),
    RENDER_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
    RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(6000),
    RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
    GENERATION_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_JWKS_URL: url.optional(),
    // Keys the ids derived from a client's Idempotency-Key; default: made once in DATA_DIR.
    // Every instance of one deployment must have the same, or a retry to another misses its run.
    COMMAND_ID_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).optional(),
    TEST_CLOCK: flag,
    // Default: where this service listens (see `publicUrlOf`), so links work on any PORT.
    PUBLIC_URL: url.optional(),
    // Where the tenants' private signing keys live; never inside the event log. Default: DATA_DIR/issuer-keys.
    ISSUER_KEYS_DIR: z.string().min(1).optional(),
    // Mail to learners; without it, no mail goes out (credentials in the URL, never logged).
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).max(320).default('Certificates <certificates@localhost>'),
    // Addresses webhooks may reach over http and though private (development and tests only).
    WEBHOOK_ALLOW_HOSTS: z
      .string()
      .default('')
      .superRefine((value, context) => {
        const problem = allowListProblem(value);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    // Webhook signing secrets derive from it; default: made once in DATA_DIR. Every instance of
    // one deployment must have the same one.
    WEBHOOK_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    // A file outside DATA_DIR where every erasure adds a line (tenant, learner id, time), so a
    // restore after DATA_DIR is lost still re-applies the erasures made since the backup.
    ERASURE_JOURNAL: z.string().min(1).optional(),
  })
  .superRefine((env, context) => {
    const passwordProblem = env.KURRENTDB_URL && kurrentDbPasswordProblem(env.KURRENTDB_URL);
    if (passwordProblem)
      context.addIssue({ code: 'custom', path: ['KURRENTDB_URL'], message: passwordProblem });
    if (env.EVENT_STORE === 'kurrentdb' && !env.KURRENTDB_URL)
      context.addIssue({
        code: 'custom',
        path: ['KURRENTDB_URL'],
        message: 'is required when EVENT_STORE=kurrentdb',
      });
    if ((env.READ_STORE === 'mongodb' || env.FILE_STORE === 'gridfs') && !env.MONGODB_URL)
      context.addIssue({
        code: 'custom',
        path: ['MONGODB_URL'],
        message: 'is required when READ_STORE=mongodb or FILE_STORE=gridfs',
      });
    // The test clock is moved through the HTTP process; a background elsewhere would keep the
    // time it read at its start and stamp reactors' outcomes with it.
    if (env.TEST_CLOCK && env.BACKGROUND !== undefined && env.BACKGROUND !== 'inline')
      context.addIssue({
        code: 'custom',
        path: ['BACKGROUND'],
        message: 'must be inline when TEST_CLOCK=1',
      });
  });

export type Settings = z.infer<typeof settings>;

export interface Config extends Omit<
  Settings,
  'DATA_DIR' | 'ISSUER_KEYS_DIR' | 'BACKGROUND' | 'PUBLIC_URL' | 'ERASURE_JOURNAL'
> {
  /** Absolute, and never inside DATA_DIR (it must outlive it). */
  readonly ERASURE_JOURNAL?: string;
  readonly BACKGROUND: 'inline' | 'process';
  /** Where verification links, QR codes and did:web point. */
  readonly PUBLIC_URL: string;
  readonly DATA_DIR: string;
  readonly ISSUER_KEYS_DIR: string;
}

export class ConfigError extends Error {}

/** Reads the environment once at start-up; a bad setting stops the service with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = settings.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const dataDir = resolve(parsed.data.DATA_DIR);
  const keysDir = parsed.data.ISSUER_KEYS_DIR ?? join(dataDir, 'issuer-keys');
  const background = parsed.data.BACKGROUND ?? (parsed.data.TEST_CLOCK ? 'inline' : 'process');
  const journal = parsed.data.ERASURE_JOURNAL && resolve(parsed.data.ERASURE_JOURNAL);
  if (journal && isInside(dataDir, journal))
    throw new ConfigError(
      'Invalid configuration: ERASURE_JOURNAL must be outside DATA_DIR (it must survive its loss)',
    );
  return {
    ...parsed.data,
    PUBLIC_URL: parsed.data.PUBLIC_URL ?? listeningUrl(parsed.data.HOST, parsed.data.PORT),
    BACKGROUND: background,
    DATA_DIR: dataDir,
    ISSUER_KEYS_DIR: resolve(keysDir),
    ...(journal && { ERASURE_JOURNAL: journal }),
  };
}

/** Whether `path` is `folder` or below it. */
export function isInside(folder: string, path: string): boolean {
  const below = relative(folder, path);
  return below === '' || !(below === '..' || below.startsWith(`..${sep}`) || isAbsolute(below));
}

/**
 * The URL of this service as a browser on the same machine reaches it: the default of
 * PUBLIC_URL, so a service started on another PORT prints links to itself.
 */
function listeningUrl(host: string, port: number): string {
  const local = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host);
  const name = local ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export const CONFIG = Symbol('Config');
