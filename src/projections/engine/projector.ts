import type { Position, RecordedEvent } from '../../event-store/event-store';
import type { LogConsumer } from '../../processing/log-processor';
import type { ReadStore } from '../../read-store/read-store';
import type { Projection } from '../projection';
import { applyPage, CheckpointMoved, type PageTarget } from './apply-page';
import { activeGeneration, ensureActiveGeneration, readCheckpoint } from './generations';
import { inTransactions } from './transactions';

/**
 * Every projection as one log consumer: each page of the log is read once and applied to all of
 * them in one read-store transaction, with every checkpoint (compare-and-set, so several
 * processes may project into the same stores). Projections may stand at different checkpoints
 * (one was just rebuilt): it resumes from the lowest and each skips what it already has. A
 * rebuild's switch to a new generation, or a checkpoint another process moved, makes the
 * processor resume from the stored checkpoints.
 */
export class Projector implements LogConsumer {
  readonly name = 'projections';
  private readonly committed = new Map<string, Position | undefined>();
  private readonly ensured = new Set<string>();
  // Stryker disable next-line ArrayDeclaration: the processor calls `resume`, which sets the targets, before any page
  private targets: PageTarget[] = [];

  constructor(
    private readonly store: ReadStore,
    readonly projections: readonly Projection[],
  ) {}

  /** Position of the last event the projection has, as this process last saw it. */
  position(name: string): Position | undefined {
    return this.committed.get(name);
  }

  /** The lowest position of the named projections, as this process last saw them. */
  lowest(names: readonly string[]): Position | undefined {
    let low: Position | undefined;
    for (const name of names) {
      const position = this.committed.get(name);
      if (position === undefined) return undefined;
      // Stryker disable next-line EqualityOperator: between equal positions either is the lowest
      if (low === undefined || position < low) low = position;
    }
    return low;
  }

  async resume(): Promise<Position | undefined> {
    const targets: PageTarget[] = [];
    for (const projection of this.projections) {
      const generation = await this.ensureGeneration(projection);
      const checkpoint = await readCheckpoint(this.store, projection.name, generation);
      targets.push({ projection, generation, checkpoint });
    }
    this.advance(targets);
    const checkpoints = targets.map((target) => target.checkpoint);
    return checkpoints.includes(undefined)
      ? undefined
      : // Stryker disable next-line EqualityOperator: between equal checkpoints either is the lowest
        checkpoints.reduce((low, next) => (next! < low! ? next : low));
  }

  async handle(page: readonly RecordedEvent[]): Promise<'next' | 'restart'> {
    for (const events of inTransactions(page, this.store)) {
      let reached: (Position | undefined)[] | null;
      try {
        reached = await this.store.transaction(async (tx) => {
          for (const { projection, generation } of this.targets)
            if ((await activeGeneration(tx, projection.name)) !== generation) return null;
          return applyPage(tx, this.targets, events);
        });
      } catch (error) {
        if (error instanceof CheckpointMoved) return 'restart';
        throw error;
      }
      // Stryker disable next-line ConditionalExpression: restarting after each transaction resumes from what it just committed
      if (!reached) return 'restart';
      this.advance(this.targets.map((target, i) => ({ ...target, checkpoint: reached[i] })));
    }
    // Stryker disable next-line StringLiteral: the processor tells only 'restart' from any other answer
    return 'next';
  }

  /** Collections are ensured once per generation: DDL can abort concurrent transactions. */
  private async ensureGeneration(projection: Projection): Promise<number> {
    const active = await activeGeneration(this.store, projection.name);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: ensuring again only repeats the DDL
    if (active !== null && this.ensured.has(`${projection.name}:${active}`)) return active;
    const generation = await ensureActiveGeneration(this.store, projection);
    // Stryker disable next-line CallExpression,StringLiteral: ensuring again only repeats the DDL (IF NOT EXISTS)
    this.ensured.add(`${projection.name}:${generation}`);
    return generation;
  }

  private advance(targets: PageTarget[]): void {
    this.targets = targets;
    for (const { projection, checkpoint } of targets)
      this.committed.set(projection.name, checkpoint);
  }
}
