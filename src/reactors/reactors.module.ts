import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read/read-models.module';
import { CommandHandlingModule } from '../write/command-handling/command-handling.module';
import { CertificateArchiveReactor } from './certificate-archive/certificate-archive.reactor';
import { CertificateGenerationReactor } from './certificate-generation/certificate-generation.reactor';
import { CertificateNumberingReactor } from './certificate-numbering/certificate-numbering.reactor';
import { ExpiryNoticesReactor } from './expiry-notices/expiry-notices.reactor';
import { LearnerMailsReactor } from './learner-mails/learner-mails.reactor';
import { PersonalDataErasureReactor } from './personal-data-erasure/personal-data-erasure.reactor';
import type { Reactor } from './reactor';
import { WebhookDeliveryService } from './webhook-delivery/webhook-delivery.service';
import { REACTORS, ReactorsService } from './reactors.service';
import { ReportExportReactor } from './report-export/report-export.reactor';

/** The reactors: side effects driven by the log, never run during a rebuild, never replayed. */
const ALL_REACTORS = [
  CertificateNumberingReactor,
  CertificateGenerationReactor,
  ReportExportReactor,
  CertificateArchiveReactor,
  PersonalDataErasureReactor,
  ExpiryNoticesReactor,
  LearnerMailsReactor,
];

@Module({
  imports: [ReadModelsModule, CommandHandlingModule],
  providers: [
    ...ALL_REACTORS,
    {
      provide: REACTORS,
      inject: ALL_REACTORS,
      useFactory: (...reactors: Reactor[]): readonly Reactor[] => reactors,
    },
    ReactorsService,
    WebhookDeliveryService,
  ],
})
export class ReactorsModule {}
