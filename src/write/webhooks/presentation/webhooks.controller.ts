import { Body, Controller, Delete, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { ADDRESS_POLICY, type AddressPolicy } from '../../../core/address-policy';
import type { CommandContext } from '../../../core/command-context';
import { WEBHOOK_EVENT_TYPES } from '../../../events/webhook.events';
import { answer, createdOrUnchanged } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import { CommandAnswerSchema } from '../../../http/contract/common.schemas';
import type { Answer } from '../../../http/contract/contract-registry';
import { Endpoint } from '../../../http/endpoint.decorator';
import { IdPipe, ZodPipe } from '../../../http/zod.pipe';
import { WEBHOOK_SECRETS, type WebhookSecrets } from '../../../outbound/webhook-secrets';
import { WriteModel } from '../../command-handling/write-model';
import { changeWebhook, createWebhook } from '../application/webhook.handlers';
import { replayBody, webhookBody } from './webhook-body';
import { WebhookCreatedSchema, WebhookSecretSchema } from './webhook.answers';

const NOT_FOUND = { 404: ['not-found'] } as const;

@ApiTags('Webhooks')
@Controller('api/v1/webhooks')
export class WebhooksController {
  constructor(
    @Inject(WriteModel) private readonly write: WriteModel,
    @Inject(WEBHOOK_SECRETS) private readonly secrets: WebhookSecrets,
    @Inject(ADDRESS_POLICY) private readonly policy: AddressPolicy,
  ) {}

  @Post()
  @Endpoint({
    summary: "Subscribe an endpoint to the tenant's messages (Standard Webhooks, signed)",
    roles: ['admin'],
    body: webhookBody,
    description:
      'A URL that is not https, carries credentials, does not resolve, or resolves to a loopback, private, link-local or metadata address is a 400 invalid-webhook-url.',
    command: true,
    answers: { 201: WebhookCreatedSchema, 200: WebhookCreatedSchema },
    problems: { 400: ['invalid-webhook-url'] },
  })
  async create(
    @Body(new ZodPipe(webhookBody)) body: z.infer<typeof webhookBody>,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Answer<typeof WebhookCreatedSchema>> {
    const events = body.events ?? [...WEBHOOK_EVENT_TYPES];
    const input = { url: body.url, events, description: body.description ?? null };
    const outcome = await createWebhook(this.write, context, input, this.policy);
    const state = outcome.state!;
    void reply.status(createdOrUnchanged(outcome));
    return answer(outcome, {
      webhookId: outcome.webhookId,
      url: state.url,
      events: [...state.events],
      description: state.description,
      status: 'active' as const,
      secret: this.secrets.secretOf(outcome.webhookId, 1),
      createdAt: state.createdAt,
    });
  }

  @Delete(':webhookId')
  @Endpoint({
    summary: 'Delete a webhook: nothing more is delivered to it',
    roles: ['admin'],
    command: true,
    answers: { 200: CommandAnswerSchema },
    problems: NOT_FOUND,
  })
  async delete(
    @Param('webhookId', IdPipe.of('webhookId')) webhookId: string,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    return answer(await changeWebhook(this.write, context, webhookId, { type: 'DeleteWebhook' }));
  }

  @Post(':webhookId/secret')
  @HttpCode(200)
  @Endpoint({
    summary: "Rotate a webhook's secret: the old one signs beside the new one for 24 hours",
    roles: ['admin'],
    command: true,
    answers: { 200: WebhookSecretSchema },
    problems: NOT_FOUND,
  })
  async rotate(
    @Param('webhookId', IdPipe.of('webhookId')) webhookId: string,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof WebhookSecretSchema>> {
    const command = { type: 'RotateWebhookSecret' as const };
    const outcome = await changeWebhook(this.write, context, webhookId, command);
    const secret = this.secrets.secretOf(webhookId, outcome.state!.secretVersion);
    return answer(outcome, { secret });
  }

  @Post(':webhookId/replay')
  @HttpCode(202)
  @Endpoint({
    summary: 'Send again every matching message after a log position, with its original id',
    roles: ['admin'],
    body: replayBody,
    command: true,
    answers: { 202: CommandAnswerSchema },
    problems: NOT_FOUND,
  })
  async replay(
    @Param('webhookId', IdPipe.of('webhookId')) webhookId: string,
    @Body(new ZodPipe(replayBody)) body: z.infer<typeof replayBody>,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof CommandAnswerSchema>> {
    const command = {
      type: 'RequestWebhookReplay' as const,
      fromPosition: BigInt(body.fromPosition),
    };
    return answer(await changeWebhook(this.write, context, webhookId, command));
  }
}
