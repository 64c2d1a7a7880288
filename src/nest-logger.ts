import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { Config } from './config/config';

/** Nest's levels shown at each `LOG_LEVEL` (Nest's `log` is info, its `verbose` is trace). */
const SHOWN: Record<Exclude<Config['LOG_LEVEL'], 'silent'>, LogLevel[]> = {
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Nest's own start-up chatter: a line per module and per route at every start. */
const FRAMEWORK = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** Info lines of the framework's start-up left out; the service's own lines kept. */
class ServiceLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context !== undefined && FRAMEWORK.has(context)) return;
    super.log(message, context);
  }
}

/**
 * The service's and Nest's messages as JSON lines at `LOG_LEVEL` and above, or none when silent
 * (HTTP requests are logged by Fastify's own logger at the same level).
 */
export const nestLogger = (config: Pick<Config, 'LOG_LEVEL'>): ConsoleLogger | false =>
  config.LOG_LEVEL === 'silent'
    ? false
    : new ServiceLogger({ json: true, logLevels: SHOWN[config.LOG_LEVEL] });
