export * from './actor';
export * from './activity/activity-log.service';
export * from './outbox/outbox.service';
export * from './outbox/outbox-relay.service';
export * from './outbox/run-once';
export * from './logging/logging.module';
export * from './lifecycle/close-on-signals';
export * from './platform.module';
