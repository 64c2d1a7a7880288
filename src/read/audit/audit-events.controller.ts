import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { ZodPipe } from '../../http/zod.pipe';
import { EVENT_LOG, type EventLog } from '../../event-store/event-store';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { AuditPageSchema } from './audit.answers';

const auditQuery = z.strictObject({
  stream: z.string().min(1).max(300).optional(),
  type: z
    .string()
    .regex(/^[A-Za-z]{1,100}$/)
    .optional(),
  after: z
    .string()
    .regex(/^\d{1,20}$/, 'must be a log position')
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

@ApiTags('Audit')
@Controller('api/v1/audit/events')
export class AuditEventsController {
  constructor(@Inject(EVENT_LOG) private readonly events: EventLog) {}

  /** Read from the log itself: X-Consistent-With has nothing to wait for. */
  @Get()
  @ReadsFrom()
  @ApiQuery({ name: 'stream', required: false })
  @ApiQuery({ name: 'type', required: false })
  @ApiQuery({ name: 'after', required: false, description: 'Exclusive log position' })
  @ApiQuery({ name: 'limit', required: false, description: '1-1000, default 100' })
  @Endpoint({
    summary: "The tenant's events (and the platform's cut-off markers), oldest first",
    roles: ['auditor', 'admin'],
    answers: { 200: AuditPageSchema },
  })
  async list(
    @Query(new ZodPipe(auditQuery, 'query')) query: z.infer<typeof auditQuery>,
    @CurrentActor() actor: Actor,
  ) {
    const read = await this.events.readTenantLog({
      tenant: actor.tenant,
      ...(query.after && { after: BigInt(query.after) }),
      limit: query.limit + 1,
      ...(query.stream && { stream: query.stream }),
      ...(query.type && { type: query.type }),
    });
    const events = read.slice(0, query.limit).map((event) => ({
      position: event.position.toString(),
      stream: event.stream,
      revision: event.revision.toString(),
      type: event.type,
      data: event.data,
      metadata: event.metadata,
    }));
    return { events, next: read.length > query.limit ? (events.at(-1)?.position ?? null) : null };
  }
}
