import { Module } from '@nestjs/common';
import { LearnerCertificatesController } from './certificates/presentation/learner-certificates.controller';
import { MyCertificatesController } from './certificates/presentation/my-certificates.controller';
import { CommandHandlingModule } from './command-handling/command-handling.module';
import { CutoffScheduler } from './cutoffs/application/cutoff-scheduler';
import { EnrollmentsController } from './enrollments/presentation/enrollments.controller';
import { FeaturesController } from './features/presentation/features.controller';
import { NotificationSettingsController } from './notifications/presentation/notification-settings.controller';
import { WebhooksController } from './webhooks/presentation/webhooks.controller';
import { IssuerKeyRotationController } from './issuer-keys/presentation/issuer-key-rotation.controller';
import { IssuerProfileController } from './issuers/presentation/issuer-profile.controller';
import { LearnersController } from './learners/presentation/learners.controller';
import { ClassicTemplatesSeeder } from './templates/application/classic-templates.seeder';
import { TemplatesController } from './templates/presentation/templates.controller';
import { TrainingsController } from './trainings/presentation/trainings.controller';
import { ReportsController } from './reports/presentation/reports.controller';
import { CertificateArchivesController } from './certificate-archives/presentation/certificate-archives.controller';
import { CredentialOfferController } from './wallet-issuance/presentation/credential-offer.controller';
import { Openid4vciController } from './wallet-issuance/presentation/openid4vci.controller';

/** The write side: every command endpoint; each calls its handler through the WriteModel. */
@Module({
  imports: [CommandHandlingModule],
  controllers: [
    FeaturesController,
    TemplatesController,
    TrainingsController,
    LearnersController,
    EnrollmentsController,
    MyCertificatesController,
    LearnerCertificatesController,
    ReportsController,
    CertificateArchivesController,
    IssuerProfileController,
    NotificationSettingsController,
    WebhooksController,
    IssuerKeyRotationController,
    CredentialOfferController,
    Openid4vciController,
  ],
  providers: [CutoffScheduler, ClassicTemplatesSeeder],
})
export class WriteModule {}
