import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { refuse } from '../../core/domain-error';
import { CurrentActor } from '../../http/access.decorators';
import type { Answer } from '../../http/contract/contract-registry';
import { Endpoint } from '../../http/endpoint.decorator';
import { IdPipe, ZodPipe } from '../../http/zod.pipe';
import { READ_STORE, type ReadStore } from '../../read-store/read-store';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import { deliveriesOf, type DeliveryDoc } from './webhook-deliveries';
import { DeliveryListSchema, WebhookListSchema, WebhookSchema } from './webhook.answers';
import { WEBHOOKS, type WebhookDoc, webhooksProjection } from './webhooks.projection';

const deliveriesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

const present = (doc: WebhookDoc) => ({
  webhookId: doc.webhookId,
  url: doc.url,
  events: [...doc.events],
  description: doc.description,
  status: 'active' as const,
  createdAt: doc.createdAt,
  position: doc.position,
});

const delivery = (doc: DeliveryDoc) => ({
  messageId: doc.messageId,
  type: doc.type as z.infer<typeof DeliveryListSchema>[number]['type'],
  position: doc.position,
  attempts: doc.attempts,
  lastStatus: doc.lastStatus,
  lastAttemptAt: doc.lastAttemptAt,
  ...(doc.nextAttemptAt !== null && { nextAttemptAt: doc.nextAttemptAt }),
  state: doc.state,
});

@ApiTags('Webhooks')
@Controller('api/v1/webhooks')
export class WebhooksQueryController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(READ_STORE) private readonly store: ReadStore,
  ) {}

  @Get()
  @ReadsFrom(webhooksProjection.name)
  @Endpoint({
    summary: "The tenant's webhooks",
    roles: ['admin'],
    answers: { 200: WebhookListSchema },
  })
  async list(@CurrentActor() actor: Actor): Promise<Answer<typeof WebhookListSchema>> {
    const docs = await this.reads.find<WebhookDoc>(webhooksProjection.name, WEBHOOKS, {
      where: { tenant: actor.tenant },
      orderBy: 'createdAt',
      limit: 1000,
    });
    return docs.map(present);
  }

  @Get(':webhookId')
  @ReadsFrom(webhooksProjection.name)
  @Endpoint({
    summary: 'One webhook (never its secret)',
    roles: ['admin'],
    answers: { 200: WebhookSchema },
    problems: { 404: ['not-found'] },
  })
  async one(
    @Param('webhookId', IdPipe.of('webhookId')) webhookId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof WebhookSchema>> {
    return present(await this.own(actor, webhookId));
  }

  @Get(':webhookId/deliveries')
  @ReadsFrom(webhooksProjection.name)
  @ApiQuery({ name: 'limit', required: false, description: '1-1000, default 100' })
  @Endpoint({
    summary: "A webhook's deliveries, newest first",
    roles: ['admin'],
    answers: { 200: DeliveryListSchema },
    problems: { 404: ['not-found'] },
  })
  async deliveries(
    @Param('webhookId', IdPipe.of('webhookId')) webhookId: string,
    @Query(new ZodPipe(deliveriesQuery, 'query')) query: z.infer<typeof deliveriesQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof DeliveryListSchema>> {
    await this.own(actor, webhookId);
    return (await deliveriesOf(this.store, webhookId, query.limit)).map(delivery);
  }

  /** The actor's tenant's webhook; another tenant's is as unknown as a missing one. */
  private async own(actor: Actor, webhookId: string): Promise<WebhookDoc> {
    const doc = await this.reads.get<WebhookDoc>(webhooksProjection.name, WEBHOOKS, webhookId);
    if (!doc || doc.tenant !== actor.tenant) return refuse('not-found', 'No such webhook');
    return doc;
  }
}
