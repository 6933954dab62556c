import { AppConfig, AppConfigModule } from '@app/config';
import {
  ActivityLogEntry,
  PersistenceModule,
  tenantRepositoryProvider,
  User,
} from '@app/persistence';
import { LoggingModule, PlatformModule } from '@app/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { ActivityController, ActivityService } from './activity/activity.controller';
import { AuditsModule } from './audits/audits.module';
import { GrievancesModule } from './grievances/grievances.module';
import { StatementsModule } from './statements/statements.module';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { LOGIN_THROTTLER, PUBLIC_THROTTLER } from './auth/throttling';
import { TokenService } from './auth/token.service';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { RouteAccessAudit } from './common/route-access.audit';
import { HealthController, RedisHealthIndicator } from './health/health.controller';
import {
  OrganisationController,
  OrganisationService,
} from './organisations/organisation.controller';
import { UsersController } from './users/users.controller';
import { NewUserRecorder } from './users/new-user.recorder';
import { ImportsModule } from './imports/imports.controller';
import { RecruitmentModule } from './recruitment/recruitment.module';
import { SupplyChainModule } from './supply-chain/supply-chain.module';
import { RiskModule } from './risk/risk.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';
import { UsersService } from './users/users.service';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        PersistenceModule.forRoot('fairchain-api'),
        PlatformModule,
        SupplyChainModule,
        RecruitmentModule,
        RiskModule,
        QuestionnairesModule,
        AuditsModule,
        GrievancesModule,
        StatementsModule,
        ImportsModule,
        DiscoveryModule,
        TerminusModule.forRoot({ logger: false }),
        JwtModule.register({
          // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to
          // parse it as a public key on every verify, about 1 ms of CPU per request.
          secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
          signOptions: {
            expiresIn: config.JWT_ACCESS_TTL_SECONDS,
            issuer: 'fairchain',
            audience: 'fairchain-api',
            algorithm: 'HS256',
          },
          verifyOptions: { issuer: 'fairchain', audience: 'fairchain-api', algorithms: ['HS256'] },
        }),
        // In-process counters: each api process counts its own attempts (see README "Scaling").
        ThrottlerModule.forRoot({
          throttlers: [
            { name: LOGIN_THROTTLER, ttl: 60_000, limit: config.LOGIN_ATTEMPTS_PER_MINUTE },
            { name: PUBLIC_THROTTLER, ttl: 60_000, limit: 100 },
          ],
        }),
      ],
      controllers: [
        AuthController,
        UsersController,
        OrganisationController,
        ActivityController,
        HealthController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        RouteAccessAudit,
        TokenService,
        PasswordHasher,
        AuthService,
        UsersService,
        NewUserRecorder,
        OrganisationService,
        ActivityService,
        RedisHealthIndicator,
        tenantRepositoryProvider(User, 'User'),
        tenantRepositoryProvider(ActivityLogEntry, 'Activity entry', /^[1-9]\d{0,17}$/),
      ],
    };
  }
}
