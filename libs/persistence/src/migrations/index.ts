import { CreatePlatformTables1763892000000 } from './1763892000000-create-platform-tables';
import { AddSupplyChainMap1795433126739 } from './1795433126739-add-supply-chain-map';
import { AddRecruitmentAgencies1795433852790 } from './1795433852790-add-recruitment-agencies';
import { MakeTierWritesCheap1795435403130 } from './1795435403130-make-tier-writes-cheap';
import { AddCsvImports1795435716860 } from './1795435716860-add-csv-imports';
import { CheckLinkSitesPerStatement1795440000000 } from './1795440000000-check-link-sites-per-statement';
import { AddRiskScores1795449809151 } from './1795449809151-add-risk-scores';
import { AddQuestionnaires1795455345845 } from './1795455345845-add-questionnaires';
import { OutboxEventDelay1795457697729 } from './1795457697729-outbox-event-delay';
import { NotificationDelivery1795458505692 } from './1795458505692-notification-delivery';
import { AddAudits1795459841397 } from './1795459841397-add-audits';
import { AddGrievances1795461837738 } from './1795461837738-add-grievances';
import { AddStatements1796591049149 } from './1796591049149-add-statements';
import { AddPoliciesAndTraining1795464556803 } from './1795464556803-add-policies-and-training';
import { AgencyFeesMayBeUnknown1796658152531 } from './1796658152531-agency-fees-may-be-unknown';

/** Every migration, oldest first. `npm run migration:generate` prints the line to add here. */
export const MIGRATIONS = [
  CreatePlatformTables1763892000000,
  AddSupplyChainMap1795433126739,
  AddRecruitmentAgencies1795433852790,
  MakeTierWritesCheap1795435403130,
  AddCsvImports1795435716860,
  CheckLinkSitesPerStatement1795440000000,
  AddRiskScores1795449809151,
  AddQuestionnaires1795455345845,
  OutboxEventDelay1795457697729,
  NotificationDelivery1795458505692,
  AddAudits1795459841397,
  AddGrievances1795461837738,
  AddPoliciesAndTraining1795464556803,
  AddStatements1796591049149,
  AgencyFeesMayBeUnknown1796658152531,
];
