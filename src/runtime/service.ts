import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Config } from '../config/config';
import { createApp } from '../create-app';
import { type Background, superviseBackground } from './supervise-background';

export interface Service {
  readonly app: NestFastifyApplication;
  /** The supervised projections and reactors, unless BACKGROUND=inline runs them in `app`. */
  readonly background?: Background;
}

/**
 * The HTTP application and, with BACKGROUND=process, projections and reactors beside
 * it. The HTTP side then projects nothing itself: reads that name a position wait on the
 * checkpoints the background stores, as with PROJECTIONS=off.
 */
export async function createService(
  config: Config,
  warn: (message: string) => void,
): Promise<Service> {
  if (config.BACKGROUND === 'inline') return { app: await createApp(config) };
  const background = superviseBackground(config, warn);
  try {
    // Listening only once the background runs, as inline projections run before listening:
    // reads that name a position right after start-up then wait for it, not for its start.
    const [app] = await Promise.all([
      createApp({ ...config, PROJECTIONS: 'off', REACTORS: 'off' }),
      background.started,
    ]);
    return { app, background };
  } catch (error) {
    await background.stop();
    throw error;
  }
}
