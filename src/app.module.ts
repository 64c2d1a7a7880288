import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { join } from 'node:path';
import { localSecret } from './auth/jwt-secret';
import { TokenVerifier } from './auth/token-verifier';
import { CONFIG, type Config } from './config/config';
import { CLOCK, systemClock } from './core/clock';
import { ADDRESS_POLICY, AddressPolicy } from './core/address-policy';
import { WEBHOOK_SECRETS, WebhookSecrets } from './outbound/webhook-secrets';
import { FileIssuerKeys } from './credentials/file-issuer-keys';
import { ISSUING, type Issuing } from './credentials/issuing';
import { EventStoreModule } from './event-store/event-store.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { FileStoreModule } from './file-store/file-store.module';
import { AuthGuard } from './http/auth.guard';
import { HealthController } from './http/health.controller';
import { StorageHealth } from './http/storage-health';
import { Metrics } from './http/metrics';
import { ALL_PROJECTIONS } from './read/all-projections';
import { ProjectionsModule } from './projections/projections.module';
import { ProjectionsService } from './projections/projections.service';
import { ReactorsModule } from './reactors/reactors.module';
import { ReadModule } from './read/read.module';
import { RenderingModule } from './rendering/rendering.module';
import { ConsistencyGuard } from './read/consistency/consistency.guard';
import { ProblemFilter } from './http/problem.filter';
import { SecurityHeaders } from './http/security-headers';
import { TestClock } from './test-clock/test-clock';
import { TestClockController } from './test-clock/test-clock.controller';
import { CommandHandlingModule } from './write/command-handling/command-handling.module';
import { WriteModule } from './write/write.module';

/** What every part of the service is given: its configuration, clock, token verifier, issuing. */
export function sharedModule(config: Config): DynamicModule {
  const clock = config.TEST_CLOCK
    ? new TestClock(join(config.DATA_DIR, 'test-clock.json'))
    : systemClock;
  const verifier = new TokenVerifier({
    secret:
      config.AUTH_JWT_SECRET ?? (config.AUTH_JWKS_URL ? undefined : localSecret(config.DATA_DIR)),
    jwksUrl: config.AUTH_JWKS_URL,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });
  const issuing: Issuing = {
    keys: new FileIssuerKeys(config.ISSUER_KEYS_DIR, clock),
    publicUrl: config.PUBLIC_URL,
  };
  const webhookSecrets = new WebhookSecrets(
    config.WEBHOOK_SECRET_KEY ?? localSecret(config.DATA_DIR, 'webhook-secret-key'),
  );
  return {
    module: class SharedModule {},
    global: true,
    providers: [
      { provide: CONFIG, useValue: config },
      { provide: CLOCK, useValue: clock },
      { provide: TokenVerifier, useValue: verifier },
      { provide: ISSUING, useValue: issuing },
      { provide: WEBHOOK_SECRETS, useValue: webhookSecrets },
      { provide: ADDRESS_POLICY, useValue: new AddressPolicy(config.WEBHOOK_ALLOW_HOSTS) },
    ],
    exports: [CONFIG, CLOCK, TokenVerifier, ISSUING, WEBHOOK_SECRETS, ADDRESS_POLICY],
  };
}

@Module({})
export class AppModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: AppModule,
      imports: [
        sharedModule(config),
        EventStoreModule,
        PersonalDataModule,
        ProjectionsModule.forRoot(ALL_PROJECTIONS),
        FileStoreModule,
        RenderingModule,
        CommandHandlingModule,
        WriteModule,
        ReadModule,
        ReactorsModule,
      ],
      controllers: [HealthController, ...(config.TEST_CLOCK ? [TestClockController] : [])],
      providers: [
        // In this order: who asks, then (for a query) the log position it must reflect.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: ConsistencyGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        SecurityHeaders,
        StorageHealth,
        {
          provide: Metrics,
          inject: [ProjectionsService],
          useFactory: (projections: ProjectionsService) => new Metrics(projections),
        },
      ],
    };
  }
}
