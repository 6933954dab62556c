import { AppConfig, AppConfigModule, redisOptionsFromUrl } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { FilesModule, LoggingModule, OutboxRelay, OutboxService } from '@app/platform';
import { BullModule, Processor } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import {
  NOTIFICATIONS_QUEUE,
  NotificationsProcessor,
} from './notifications/notifications.processor';
import { NOTIFICATION_SENDER } from './notifications/notification-sender';
import { AUDITS_QUEUE, AuditsProcessor } from './audits/audits.processor';
import { GRIEVANCES_QUEUE, GrievancesProcessor } from './grievances/grievances.processor';
import { SmtpSender } from './notifications/smtp-sender';
import { STATEMENTS_QUEUE, StatementsProcessor } from './statements/statements.processor';

import { IMPORTS_QUEUE, ImportsProcessor } from './imports/imports.processor';
import { SUPPLY_CHAIN_QUEUE, SupplyChainProcessor } from './supply-chain/supply-chain.processor';
import { RISK_QUEUE, RiskProcessor } from './risk/risk.processor';
import {
  QUESTIONNAIRES_QUEUE,
  QuestionnairesProcessor,
} from './questionnaires/questionnaires.processor';

/** Every processor with its queue; the worker options come from the validated configuration. */
const PROCESSORS = [
  { queue: NOTIFICATIONS_QUEUE, processor: NotificationsProcessor },
  { queue: SUPPLY_CHAIN_QUEUE, processor: SupplyChainProcessor },
  { queue: IMPORTS_QUEUE, processor: ImportsProcessor },
  { queue: RISK_QUEUE, processor: RiskProcessor },
  { queue: QUESTIONNAIRES_QUEUE, processor: QuestionnairesProcessor },
  { queue: AUDITS_QUEUE, processor: AuditsProcessor },
  { queue: GRIEVANCES_QUEUE, processor: GrievancesProcessor },
  { queue: STATEMENTS_QUEUE, processor: StatementsProcessor },
];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    for (const { queue, processor } of PROCESSORS) {
      // @Processor options are static metadata; re-applying the decorator sets them from config.
      Processor(queue, {
        concurrency: config.WORKER_CONCURRENCY,
        lockDuration: config.WORKER_LOCK_MS,
        stalledInterval: config.WORKER_LOCK_MS,
        maxStalledCount: 3,
      })(processor);
    }
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        PersistenceModule.forRoot('fairchain-worker'),
        BullModule.forRoot({
          // Workers wait for Redis forever (null) instead of failing jobs while it restarts.
          connection: { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null },
        }),
        ...PROCESSORS.map(({ queue }) => BullModule.registerQueue({ name: queue })),
        FilesModule,
      ],
      providers: [
        OutboxRelay,
        OutboxService,
        {
          provide: NOTIFICATION_SENDER,
          useValue: config.SMTP_URL ? new SmtpSender(config.SMTP_URL, config.MAIL_FROM) : null,
        },
        ...PROCESSORS.map(({ processor }) => processor),
      ],
    };
  }
}
