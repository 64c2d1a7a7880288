import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CONFIG, type Config } from '../../../config/config';
import { CLOCK, type Clock } from '../../../core/clock';
import { CutoffRecorder } from './cutoff-recorder';

/**
 * Appends the markers missed while the service was down as it starts, then each one as its
 * midnight passes. Appends also record due markers first, so this only bounds the delay for
 * a quiet log.
 */
@Injectable()
export class CutoffScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('cutoffs');

  constructor(
    @Inject(CutoffRecorder) private readonly cutoffs: CutoffRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.CUTOFF_SCHEDULER === 'off') return;
    await this.cutoffs.recordDue(this.clock.now());
    this.timer = setInterval(() => void this.tick(), this.config.CUTOFF_CHECK_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    try {
      await this.cutoffs.recordDue(this.clock.now());
    } catch (error) {
      // The next tick or the next append tries again; nothing is lost meanwhile.
      this.logger.warn({ err: error }, 'could not record the due cut-offs');
    }
  }
}
