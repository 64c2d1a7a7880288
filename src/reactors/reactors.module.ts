import { Module } from '@nestjs/common';
import { CertificateGenerationReactor } from './certificate-generation/certificate-generation.reactor';

/** Side effects driven by the log: never run during a projection rebuild, never replayed. */
@Module({ providers: [CertificateGenerationReactor] })
export class ReactorsModule {}
