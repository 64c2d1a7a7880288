import { Module } from '@nestjs/common';
import { LearnerCertificatesController } from './certificates/presentation/learner-certificates.controller';
import { MyCertificatesController } from './certificates/presentation/my-certificates.controller';
import { DeleteCertificateHandler } from './certificates/application/delete-certificate.handler';
import { RequestCertificateHandler } from './certificates/application/request-certificate.handler';
import { WriteModel } from './command-handling/write-model';
import { CutoffScheduler } from './cutoffs/application/cutoff-scheduler';
import { ChangeEnrollmentHandler } from './enrollments/application/change-enrollment.handler';
import { EnrollmentsController } from './enrollments/presentation/enrollments.controller';
import { SetCertificatesFeatureHandler } from './features/application/set-certificates-feature.handler';
import { FeaturesController } from './features/presentation/features.controller';
import { RecordLearnerProfileHandler } from './learners/application/record-learner-profile.handler';
import { LearnersController } from './learners/presentation/learners.controller';
import { ClassicTemplatesSeeder } from './templates/application/classic-templates.seeder';
import { CreateTemplateHandler } from './templates/application/create-template.handler';
import { PublishTemplateVersionHandler } from './templates/application/publish-template-version.handler';
import { TemplatesController } from './templates/presentation/templates.controller';
import { AssignCertificateHandler } from './trainings/application/assign-certificate.handler';
import { CreateTrainingHandler } from './trainings/application/create-training.handler';
import { RemoveCertificateHandler } from './trainings/application/remove-certificate.handler';
import { TrainingsController } from './trainings/presentation/trainings.controller';
import { RequestProgressReportHandler } from './reports/application/request-progress-report.handler';
import { ReportsController } from './reports/presentation/reports.controller';

/** The write side: every command endpoint and its handler. */
@Module({
  controllers: [
    FeaturesController,
    TemplatesController,
    TrainingsController,
    LearnersController,
    EnrollmentsController,
    MyCertificatesController,
    LearnerCertificatesController,
    ReportsController,
  ],
  providers: [
    WriteModel,
    CutoffScheduler,
    ClassicTemplatesSeeder,
    SetCertificatesFeatureHandler,
    CreateTemplateHandler,
    PublishTemplateVersionHandler,
    CreateTrainingHandler,
    AssignCertificateHandler,
    RemoveCertificateHandler,
    RecordLearnerProfileHandler,
    ChangeEnrollmentHandler,
    RequestCertificateHandler,
    DeleteCertificateHandler,
    RequestProgressReportHandler,
  ],
})
export class WriteModule {}
