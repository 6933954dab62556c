import { APP_CONFIG, AppConfig } from '@app/config';
import { DynamicModule, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { prepareSchema } from './schema-gate';

/** Runs (or checks) migrations before anything else in the process touches the database. */
@Injectable()
class SchemaGate implements OnModuleInit {
  private readonly logger = new Logger('Schema');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const applied = await prepareSchema(this.dataSource, this.config.DB_MIGRATIONS);
    if (applied.length > 0) this.logger.log(`Applied migrations: ${applied.join(', ')}`);
  }
}

@Module({})
export class PersistenceModule {
  static forRoot(applicationName: string): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.DATABASE_URL, applicationName),
            retryAttempts: 5,
            retryDelay: 1000,
          }),
        }),
      ],
      providers: [SchemaGate],
    };
  }
}
