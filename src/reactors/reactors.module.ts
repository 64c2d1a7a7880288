import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read/read-models.module';
import { CommandHandlingModule } from '../write/command-handling/command-handling.module';
import { CertificateGenerationReactor } from './certificate-generation/certificate-generation.reactor';
import { PersonalDataErasureReactor } from './personal-data-erasure/personal-data-erasure.reactor';
import { ReportExportReactor } from './report-export/report-export.reactor';

/** Side effects driven by the log: never run during a projection rebuild, never replayed. */
@Module({
  imports: [ReadModelsModule, CommandHandlingModule],
  providers: [CertificateGenerationReactor, ReportExportReactor, PersonalDataErasureReactor],
})
export class ReactorsModule {}
