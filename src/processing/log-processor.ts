import { supervise } from '../core/backoff';
import type { EventLog, Position, RecordedEvent } from '../event-store/event-store';
import { checkpointMoved } from './checkpoint-watch';

/**
 * What a log processor drives: where to resume, and what to do with each page. A projector and
 * a reactor are both consumers; they differ only in when they save their checkpoint (with the
 * read model's documents, or after the side effect).
 */
export interface LogConsumer {
  readonly name: string;
  /** The position to read after; asked again at every (re)start. */
  resume(): Promise<Position | undefined>;
  /**
   * Handles one page, in log order, and saves the checkpoint as the consumer's rule requires.
   * `'restart'` makes the processor resume from the stored checkpoints (a rebuild switched a
   * generation, or another process got there first).
   */
  handle(page: readonly RecordedEvent[], signal: AbortSignal): Promise<'next' | 'restart'>;
}

export interface ProcessorLogger {
  warn(details: object, message: string): void;
}

/**
 * The one way the service follows the log: load the consumer's checkpoint, follow pages from
 * it, hand each page to the consumer, and when anything fails resume from the checkpoint after
 * the shared supervised backoff. Stops cleanly: the consumer finishes the page in hand (told by
 * the signal that no more is coming) before `stop` resolves.
 */
export class LogProcessor {
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;

  constructor(
    private readonly log: Pick<EventLog, 'subscribeAllPages'>,
    readonly consumer: LogConsumer,
    private readonly logger: ProcessorLogger,
  ) {}

  start(): void {
    this.running ??= supervise(
      this.stopping.signal,
      (progressed) => this.follow(this.stopping.signal, progressed),
      (error, failures, delayMs) =>
        this.logger.warn(
          { err: error, failures, retryInMs: delayMs },
          `${this.consumer.name} failed; resuming from its checkpoint`,
        ),
    );
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async follow(signal: AbortSignal, progressed: () => void): Promise<void> {
    while (!signal.aborted) {
      const after = await this.consumer.resume();
      // Stryker disable next-line BooleanLiteral: pages end only when the signal aborts, which ends the loop either way
      let restart = false;
      for await (const page of this.log.subscribeAllPages({ after, signal })) {
        restart = (await this.consumer.handle(page, signal)) === 'restart';
        progressed();
        checkpointMoved();
        if (restart || signal.aborted) break;
      }
      // Stryker disable next-line ConditionalExpression: pages end only when the signal aborts, which ends the loop either way
      if (!restart) return;
    }
  }
}
