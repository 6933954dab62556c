import { ActivityLogEntry } from './activity-log-entry.entity';
import { AgencyEngagement } from './agency-engagement.entity';
import { FxRateRecord } from './fx-rate.entity';
import { ImportChunk } from './import-chunk.entity';
import { ImportJob } from './import-job.entity';
import { RecruitmentAgency } from './recruitment-agency.entity';
import { Notification } from './notification.entity';
import { Organisation } from './organisation.entity';
import { OutboxEvent } from './outbox-event.entity';
import { RefreshToken } from './refresh-token.entity';
import { ReportingCompany } from './reporting-company.entity';
import { Supplier } from './supplier.entity';
import { SupplierTier } from './supplier-tier.entity';
import { SupplyLink } from './supply-link.entity';
import { User } from './user.entity';

export {
  ActivityLogEntry,
  AgencyEngagement,
  FxRateRecord,
  ImportChunk,
  ImportJob,
  RecruitmentAgency,
  Notification,
  Organisation,
  OutboxEvent,
  RefreshToken,
  ReportingCompany,
  Supplier,
  SupplierTier,
  SupplyLink,
  User,
};
export type { SupplierStatus } from './supplier.entity';
export type { ImportRejection } from './import-job.entity';
export { LICENCE_STATUSES } from './recruitment-agency.entity';
export type { AgencyFee, LicenceStatus } from './recruitment-agency.entity';

export const ENTITIES = [
  Organisation,
  User,
  RefreshToken,
  ActivityLogEntry,
  OutboxEvent,
  Notification,
  ReportingCompany,
  Supplier,
  SupplyLink,
  SupplierTier,
  RecruitmentAgency,
  AgencyEngagement,
  FxRateRecord,
  ImportJob,
  ImportChunk,
];
