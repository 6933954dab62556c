export * from './app-config';
export * from './env.schema';
export * from './config.module';
export * from './redis-connection';
