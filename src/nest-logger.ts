import { ConsoleLogger } from '@nestjs/common';
import type { Config } from './config/config';

/** Nest's own messages (start-up errors, lifecycle warnings) as JSON lines, or none when silent. */
export const nestLogger = (config: Pick<Config, 'LOG_LEVEL'>): ConsoleLogger | false =>
  config.LOG_LEVEL === 'silent'
    ? false
    : new ConsoleLogger({ json: true, logLevels: ['error', 'warn', 'fatal'] });
