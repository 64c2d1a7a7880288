import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../http/access.decorators';
import { Endpoint } from '../../http/endpoint.decorator';
import { ZodPipe } from '../../http/zod.pipe';
import {
  AUDIT,
  type AuditDoc,
  auditProjection,
  EVERY_TENANT,
} from '../../projections/audit/audit.projection';
import { positionKey } from '../../projections/projection';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';

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
  constructor(@Inject(ReadModels) private readonly reads: ReadModels) {}

  @Get()
  @ReadsFrom(auditProjection.name)
  @ApiQuery({ name: 'stream', required: false })
  @ApiQuery({ name: 'type', required: false })
  @ApiQuery({ name: 'after', required: false, description: 'Exclusive log position' })
  @ApiQuery({ name: 'limit', required: false, description: '1-1000, default 100' })
  @Endpoint({
    summary: "The tenant's events (and the platform's cut-off markers), oldest first",
    roles: ['auditor', 'admin'],
    responses: { 200: '{ events: [{ position, stream, revision, type, data, metadata }], next }' },
  })
  async list(
    @Query(new ZodPipe(auditQuery, 'query')) query: z.infer<typeof auditQuery>,
    @CurrentActor() actor: Actor,
  ) {
    const docs = await this.reads.find<AuditDoc>(auditProjection.name, AUDIT, {
      where: {
        visibleTo: { in: [actor.tenant, EVERY_TENANT] },
        ...(query.stream && { stream: query.stream }),
        ...(query.type && { type: query.type }),
      },
      orderBy: 'pos',
      ...(query.after && { after: positionKey(BigInt(query.after)) }),
      limit: query.limit + 1,
    });
    const page = docs.slice(0, query.limit);
    const events = page.map(({ position, stream, revision, type, data, metadata }) => ({
      position,
      stream,
      revision,
      type,
      data,
      metadata,
    }));
    return { events, next: docs.length > query.limit ? (page.at(-1)?.position ?? null) : null };
  }
}
