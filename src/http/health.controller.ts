import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '../event-store/event-store';
import { Public } from './access.decorators';

@ApiTags('Operations')
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Answers only when the event log can be read. */
  @Get()
  @Public()
  async health() {
    const head = await this.store.headPosition();
    return { status: 'ok', log: { head: String(head ?? 0n) }, projections: {} };
  }
}
