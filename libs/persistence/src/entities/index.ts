import { ActivityLogEntry } from './activity-log-entry.entity';
import { Notification } from './notification.entity';
import { Organisation } from './organisation.entity';
import { OutboxEvent } from './outbox-event.entity';
import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';

export { ActivityLogEntry, Notification, Organisation, OutboxEvent, RefreshToken, User };

export const ENTITIES = [
  Organisation,
  User,
  RefreshToken,
  ActivityLogEntry,
  OutboxEvent,
  Notification,
];
