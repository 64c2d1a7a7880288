import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../auth/actor';
import { requireTenantAccess } from '../../auth/tenant-access';
import { CONFIG, type Config } from '../../config/config';
import { CurrentActor } from '../../http/access.decorators';
import type { Answer } from '../../http/contract/contract-registry';
import { Endpoint } from '../../http/endpoint.decorator';
import { TenantPipe } from '../../http/zod.pipe';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import {
  NOTIFICATION_SETTINGS,
  type NotificationSettingsDoc,
  notificationSettingsProjection,
  settingsOf,
} from './notification-settings.projection';
import { NotificationSettingsSchema } from './notification-settings.answers';

@ApiTags('Notifications')
@Controller('api/v1/tenants/:tenantId/notifications')
export class NotificationSettingsQueryController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @ReadsFrom(notificationSettingsProjection.name)
  @Endpoint({
    summary: "The tenant's notification settings, and whether this service can send mail",
    roles: ['operator', 'admin'],
    answers: { 200: NotificationSettingsSchema },
    problems: { 404: ['not-found'] },
  })
  async get(
    @Param('tenantId', TenantPipe) tenantId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof NotificationSettingsSchema>> {
    requireTenantAccess(actor, tenantId, ['admin']);
    const doc = await this.reads.get<NotificationSettingsDoc>(
      notificationSettingsProjection.name,
      NOTIFICATION_SETTINGS,
      tenantId,
    );
    const { reminderDays, email } = settingsOf(doc);
    const smtpConfigured = this.config.SMTP_URL !== undefined;
    return { tenantId, reminderDays: [...reminderDays], email, smtpConfigured };
  }
}
