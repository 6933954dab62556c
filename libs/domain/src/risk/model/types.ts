import type { LicenceStatus } from '../../recruitment/licence';
import type { DerivedFacts } from '../../questionnaires/scoring';
import type { IloIndicator } from '../indicators';
import type { RiskBand } from './bands';

/**
 * Model version, stored with every score. Change it whenever a weight, a rule or a factor changes:
 * scores already stored keep the version that produced them, and are never rewritten silently.
 */
export const RISK_MODEL_VERSION = '1.2.0';

/** An agency placing workers at the site, with the agency's fee practice. */
export interface EngagementInput {
  engagementId: string;
  agencyId: string;
  workersPlaced: number;
  /** Fees paid by each worker in months of the destination wage; null = not known. */
  feeMonths: number | null;
  employerPaysCommitted: boolean | null;
  depositRequired: boolean | null;
  loansOffered: boolean | null;
  retainsDocuments: boolean | null;
  contractInWorkerLanguage: boolean | null;
  licenceStatus: LicenceStatus;
  /** YYYY-MM-DD; a licence past this date counts as expired whatever its recorded status. */
  licenceExpiresOn: string | null;
}

export type FindingSeverity = 'critical' | 'major' | 'minor' | 'observation';

export type GrievanceOutcomeInput =
  'substantiated' | 'partly_substantiated' | 'not_substantiated' | 'withdrawn';

/** What a scored questionnaire says as facts (derived when it was scored); null = not answered. */
export type QuestionnaireFactsInput = DerivedFacts;

/** A scored questionnaire: the site's own self-assessment, or a survey of an agency it engages. */
export interface QuestionnaireEvidence {
  id: string;
  submittedOn: string;
  /** The agency the survey is about; null for the site's own self-assessment. */
  agencyId: string | null;
  flaggedIndicators: readonly IloIndicator[];
  /** null when the submission carries none (scored before facts were derived). */
  facts: QuestionnaireFactsInput | null;
}

/**
 * Evidence about the site: questionnaires, audits, corrective actions and grievances. "None" is
 * itself a factor (no evidence is never low).
 */
export interface EvidenceInput {
  questionnaires: readonly QuestionnaireEvidence[];
  audits: ReadonlyArray<{
    id: string;
    completedOn: string;
    findings: ReadonlyArray<{
      id: string;
      severity: FindingSeverity;
      indicators: readonly IloIndicator[];
      /** null while the finding is open (its corrective action not verified closed). */
      closedOn: string | null;
    }>;
  }>;
  correctiveActions: ReadonlyArray<{ id: string; dueOn: string; closedOn: string | null }>;
  /**
   * Worker grievances about the site. `outcome` null while the case is open; only substantiated
   * (fully or partly) ones raise the score fully. Ids only: nothing about the reporter.
   */
  grievances: ReadonlyArray<{
    id: string;
    receivedOn: string;
    closedOn: string | null;
    outcome: GrievanceOutcomeInput | null;
    indicators: readonly IloIndicator[];
  }>;
}

export const NO_EVIDENCE: EvidenceInput = {
  questionnaires: [],
  audits: [],
  correctiveActions: [],
  grievances: [],
};

/** Everything the model reads about one site. Same input and model version → same output. */
export interface SiteRiskInput {
  siteId: string;
  /** ISO 3166-1 alpha-2; anything the reference does not know is "unknown", never low. */
  country: string;
  sector: string;
  products: string | null;
  workforce: { total: number; migrant: number; agency: number };
  engagements: readonly EngagementInput[];
  evidence: EvidenceInput;
  /** Whether any supplier of this site is mapped (for "sub-tiers unmapped"). */
  upstreamMapped: boolean;
  /** YYYY-MM-DD: the day the score is for. Evidence age and licence expiry are measured from it. */
  asOf: string;
}

export const RISK_FACTOR_CODES = [
  'country',
  'slavery_index',
  'sector',
  'commodity',
  'workforce',
  'recruitment',
  'findings',
  'questionnaire',
  'corrective_actions',
  'grievances',
  'clean_audit',
  'bounds',
  'visibility',
  'finding_floor',
  'chain',
] as const;
export type RiskFactorCode = (typeof RISK_FACTOR_CODES)[number];

/** One engagement's share of the recruitment factor. */
export interface RecruitmentPart {
  engagementId: string;
  agencyId: string;
  workersPlaced: number;
  points: number;
  reasons: string[];
}

/**
 * One line of the explanation. Stored as is (compact), described for people by `describeFactor`.
 * `points` are integers and the points of all factors add up to the score exactly.
 */
export interface RiskFactor {
  code: RiskFactorCode;
  points: number;
  /** The input the factor read, e.g. "Tier 2 Watch List", 0.35 (a share), 3 (open actions). */
  value: string | number | null;
  /** Reference row ("us-tip-report@builtin-2025#VN") or records ("audit:<id>"); "" if none. */
  source: string;
  /** Why, when the value alone does not say it (e.g. "not in our data"). */
  note?: string;
  parts?: RecruitmentPart[];
}

/** A site's own risk, before the chain is looked at. */
export interface OwnRisk {
  siteId: string;
  score: number;
  factors: RiskFactor[];
  /** True when the site has no recent questionnaire or audit: the explanation says "no evidence". */
  noEvidence: boolean;
}

export interface SiteRisk {
  siteId: string;
  score: number;
  band: RiskBand;
  ownScore: number;
  /** Highest own score among the site's upstream suppliers (any tier below it), if any. */
  upstreamScore: number | null;
  upstreamSiteId: string | null;
  factors: RiskFactor[];
  noEvidence: boolean;
  modelVersion: string;
  referenceVersion: string;
  asOf: string;
}
