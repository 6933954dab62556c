import { Global, Module } from '@nestjs/common';
import { ActivityLogService } from './activity/activity-log.service';
import { OutboxService } from './outbox/outbox.service';

/** The services every feature uses to record a change: its activity entry and its follow-up jobs. */
@Global()
@Module({
  providers: [ActivityLogService, OutboxService],
  exports: [ActivityLogService, OutboxService],
})
export class PlatformModule {}
