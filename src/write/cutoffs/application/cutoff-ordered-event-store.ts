import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
} from '../../../event-store/event-store';
import type { CutoffRecorder } from './cutoff-recorder';

/**
 * Every event recorded at or after a cut-off comes after that cut-off's marker: before any
 * append, the markers due by the newest event's time are appended first.
 */
export class CutoffOrderedEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly cutoffs: CutoffRecorder,
  ) {}

  async append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const newest = Math.max(...events.map((e) => Date.parse(e.metadata.occurredAt)));
    await this.cutoffs.recordDue(new Date(newest));
    return this.inner.append(stream, events, expected);
  }

  readStream: EventStore['readStream'] = (stream, options) =>
    this.inner.readStream(stream, options);
  readAll: EventStore['readAll'] = (options) => this.inner.readAll(options);
  readTenantLog: EventStore['readTenantLog'] = (options) => this.inner.readTenantLog(options);
  subscribeAll: EventStore['subscribeAll'] = (options) => this.inner.subscribeAll(options);
  subscribeAllPages: EventStore['subscribeAllPages'] = (options) =>
    this.inner.subscribeAllPages(options);
  headPosition = () => this.inner.headPosition();
  close = () => this.inner.close();
}
