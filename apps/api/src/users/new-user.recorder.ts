import type { User } from '@app/persistence';
import { ActivityLogService, Actor, OutboxService } from '@app/platform';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserView } from './user.view';

/**
 * What happens whenever a person is added to an organisation, by sign-up or by invitation: the
 * activity log says so and a welcome (or invitation) notification is queued, in the caller's
 * transaction.
 */
@Injectable()
export class NewUserRecorder {
  constructor(
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  async record(
    manager: EntityManager,
    actor: Actor,
    user: User,
    how: 'signup' | 'invitation',
  ): Promise<void> {
    await this.activity.append(manager, user, actor, {
      action: how === 'signup' ? 'user.created' : 'user.invited',
      entityType: 'user',
      entityId: user.id,
      after: UserView.forLog(user),
    });
    await this.outbox.enqueue(manager, user, 'notification.user-welcome', {
      userId: user.id,
      kind: how === 'signup' ? 'welcome' : 'invitation',
    });
  }
}
