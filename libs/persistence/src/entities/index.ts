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
import { SiteRiskScore } from './site-risk-score.entity';
import { SiteRiskSnapshot } from './site-risk-snapshot.entity';
import { RiskRecalculation } from './risk-recalculation.entity';
import { RiskReferenceEdition } from './risk-reference-edition.entity';
import { QuestionnaireTemplate } from './questionnaire-template.entity';
import { QuestionnaireCampaign } from './questionnaire-campaign.entity';
import { QuestionnaireAssignment } from './questionnaire-assignment.entity';
import { QuestionnaireSubmission } from './questionnaire-submission.entity';
import { StoredFile } from './stored-file.entity';
import { Audit } from './audit.entity';
import { AuditFinding } from './audit-finding.entity';
import { CorrectiveAction } from './corrective-action.entity';
import { FeeRemediation } from './fee-remediation.entity';
import { FeeRepayment } from './fee-repayment.entity';
import { GrievanceChannel } from './grievance-channel.entity';
import { GrievanceCase } from './grievance-case.entity';
import { GrievanceMessage } from './grievance-message.entity';
import { GrievanceSharedSummary } from './grievance-shared-summary.entity';
import { PolicyDocument } from './policy-document.entity';
import { TrainingSession } from './training-session.entity';
import { Statement } from './statement.entity';
import { StatementRecord } from './statement-record.entity';
import { StatementDocument } from './statement-document.entity';

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
  SiteRiskScore,
  SiteRiskSnapshot,
  RiskRecalculation,
  RiskReferenceEdition,
  QuestionnaireTemplate,
  QuestionnaireCampaign,
  QuestionnaireAssignment,
  QuestionnaireSubmission,
  StoredFile,
  Audit,
  AuditFinding,
  CorrectiveAction,
  FeeRemediation,
  FeeRepayment,
  GrievanceChannel,
  GrievanceCase,
  GrievanceMessage,
  GrievanceSharedSummary,
  PolicyDocument,
  TrainingSession,
  Statement,
  StatementRecord,
  StatementDocument,
};
export { STATEMENT_DOCUMENT_STATUSES } from './statement-document.entity';
export type { StatementDocumentStatus } from './statement-document.entity';
export { AUDIT_STATUSES } from './audit.entity';
export { POLICY_TOPICS } from './policy-document.entity';
export type { PolicyTopic } from './policy-document.entity';
export { TRAINING_AUDIENCES } from './training-session.entity';
export type { TrainingAudience } from './training-session.entity';
export type { AuditStatus } from './audit.entity';
export type { TemplateStatus } from './questionnaire-template.entity';
export type { CampaignStatus } from './questionnaire-campaign.entity';
export { ASSIGNMENT_STATUSES } from './questionnaire-assignment.entity';
export type { AssignmentStatus } from './questionnaire-assignment.entity';
export type { RiskRecalculationStatus } from './risk-recalculation.entity';
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
  SiteRiskScore,
  SiteRiskSnapshot,
  RiskRecalculation,
  RiskReferenceEdition,
  QuestionnaireTemplate,
  QuestionnaireCampaign,
  QuestionnaireAssignment,
  QuestionnaireSubmission,
  StoredFile,
  Audit,
  AuditFinding,
  CorrectiveAction,
  FeeRemediation,
  FeeRepayment,
  GrievanceChannel,
  GrievanceCase,
  GrievanceMessage,
  GrievanceSharedSummary,
  PolicyDocument,
  TrainingSession,
  Statement,
  StatementRecord,
  StatementDocument,
];
