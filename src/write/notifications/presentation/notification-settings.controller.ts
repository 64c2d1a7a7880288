import { Body, Controller, Inject, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../auth/actor';
import { requireTenantAccess } from '../../../auth/tenant-access';
import type { CommandContext } from '../../../core/command-context';
import { CurrentActor } from '../../../http/access.decorators';
import { answer } from '../../../http/command-answer';
import { CommandCtx } from '../../../http/command-context.decorator';
import type { Answer } from '../../../http/contract/contract-registry';
import { Endpoint } from '../../../http/endpoint.decorator';
import { TenantPipe, ZodPipe } from '../../../http/zod.pipe';
import { WriteModel } from '../../command-handling/write-model';
import { recordNotificationSettings } from '../application/record-notification-settings.handler';
import {
  notificationSettingsBody,
  type NotificationSettingsBody,
} from './notification-settings-body';
import { NotificationSettingsRecordedSchema } from './notification-settings.answers';

@ApiTags('Notifications')
@Controller('api/v1/tenants/:tenantId/notifications')
export class NotificationSettingsController {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  @Put()
  @Endpoint({
    summary: "Set the tenant's reminder offsets and which mails its learners get",
    roles: ['operator', 'admin'],
    body: notificationSettingsBody,
    description:
      'More than 5 offsets, an offset outside 1 to 365 or given twice, or a bad replyTo is a 400. Mails go out only where the service has SMTP_URL.',
    command: true,
    answers: { 200: NotificationSettingsRecordedSchema },
    problems: { 404: ['not-found'] },
  })
  async record(
    @Param('tenantId', TenantPipe) tenantId: string,
    @Body(new ZodPipe(notificationSettingsBody)) body: NotificationSettingsBody,
    @CurrentActor() actor: Actor,
    @CommandCtx() context: CommandContext,
  ): Promise<Answer<typeof NotificationSettingsRecordedSchema>> {
    requireTenantAccess(actor, tenantId, ['admin']);
    const onTenant = { ...context, tenant: tenantId };
    const email = body.email && { ...body.email, replyTo: body.email.replyTo ?? null };
    const settings = { reminderDays: body.reminderDays, email };
    return answer(await recordNotificationSettings(this.write, onTenant, settings));
  }
}
