import { Module } from '@nestjs/common';
import { AuditEventsController } from './audit/audit-events.controller';
import { CertificatesController } from './certificates/certificates.controller';
import { FeaturesQueryController } from './features/features.controller';
import { NotificationSettingsQueryController } from './notifications/notification-settings.controller';
import { WebhooksQueryController } from './webhooks/webhooks-query.controller';
import { IssuerProfileQueryController } from './issuer-profiles/issuer-profile.controller';
import { LearningRecordsController } from './learner-trainings/learning-records.controller';
import { ReadModelsModule } from './read-models.module';
import { CommandHandlingModule } from '../write/command-handling/command-handling.module';
import { AuditProgressReportController } from './progress-report/audit-progress-report.controller';
import { PersonalDataController } from './personal-data/personal-data.controller';
import { AchievementImagesController } from './public-certificates/achievement-images.controller';
import { PublicCertificatesController } from './public-certificates/public-certificates.controller';
import { IssuerDocumentsController } from './status-lists/issuer-documents.controller';
import { ReportsQueryController } from './reports/reports-query.controller';
import { CertificateArchivesQueryController } from './certificate-archives/certificate-archives.controller';
import { TemplatePreviewController } from './templates/template-preview.controller';
import { TemplatesQueryController } from './templates/templates.controller';
import { TrainingsQueryController } from './trainings/trainings.controller';

/** The read side: every query endpoint, answered from the read models. */
@Module({
  imports: [ReadModelsModule, CommandHandlingModule],
  controllers: [
    FeaturesQueryController,
    TemplatesQueryController,
    TrainingsQueryController,
    LearningRecordsController,
    AuditEventsController,
    CertificatesController,
    TemplatePreviewController,
    ReportsQueryController,
    CertificateArchivesQueryController,
    AuditProgressReportController,
    IssuerProfileQueryController,
    NotificationSettingsQueryController,
    WebhooksQueryController,
    PublicCertificatesController,
    AchievementImagesController,
    IssuerDocumentsController,
    PersonalDataController,
  ],
})
export class ReadModule {}
