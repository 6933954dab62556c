import { convertMinor, findRate, formatMoney, type FxRate } from '../money/money';
import { sectorByCode } from '../reference/sectors';
import type { BlockFigure } from './data-blocks';
import type { FinancialYear } from './deadlines';
import { STATEMENT_AREAS, type StatementArea } from './regimes';
import type { StatementContent, StatementNarratives, StatementStatus } from './statement';

/**
 * The fields the UK government's modern slavery statement registry asks for
 * (https://modern-slavery-statement-registry.service.gov.uk, "Submit a statement", as of 2026),
 * filled from the statement's frozen records and workflow. A field the records do not hold is
 * null and listed in `notRecorded` with the reason, for the officer to complete by hand.
 */
export const TURNOVER_BANDS = [
  { code: 'under_36m', label: 'Under £36 million', upToMajor: 36_000_000 },
  { code: '36m_to_60m', label: '£36 million to £60 million', upToMajor: 60_000_000 },
  { code: '60m_to_100m', label: '£60 million to £100 million', upToMajor: 100_000_000 },
  { code: '100m_to_500m', label: '£100 million to £500 million', upToMajor: 500_000_000 },
  { code: 'over_500m', label: 'Over £500 million', upToMajor: Infinity },
] as const;
export type TurnoverBand = (typeof TURNOVER_BANDS)[number]['code'];

/** The band of a turnover in pence (GBP minor units). A bound starts the band above it (exactly £36m is £36m–£60m). */
export function turnoverBandOf(turnoverPence: bigint): (typeof TURNOVER_BANDS)[number] {
  const pounds = Number(turnoverPence / 100n);
  return (
    TURNOVER_BANDS.find((band) => pounds < band.upToMajor) ??
    TURNOVER_BANDS[TURNOVER_BANDS.length - 1]
  );
}

export const YEARS_PRODUCING_BANDS = [
  { code: 'first', label: 'This is the first time' },
  { code: '1_to_5', label: '1 to 5 years' },
  { code: 'more_than_5', label: 'More than 5 years' },
] as const;

export interface RegistryExportInput {
  content: StatementContent;
  narratives: StatementNarratives;
  status: StatementStatus;
  version: number;
  approval: { body: string; approvedOn: string } | null;
  signature: { name: string; title: string; signedOn: string } | null;
  statementUrl: string | null;
  fxRates: readonly FxRate[];
  /** Financial years (year-end dates) of this company with a published statement, this one included. */
  publishedYearEnds: readonly string[];
}

export interface RegistryArea {
  area: StatementArea;
  covered: boolean;
  detail: string;
}

const AREA_QUESTIONS: Record<StatementArea, string> = {
  structure: 'Organisational structure and supply chains',
  policies: 'Policies',
  due_diligence: 'Due diligence',
  risk: 'Risk assessment and management',
  effectiveness: 'Key performance indicators to measure progress',
  training: 'Training about modern slavery',
};

type Figures = Map<string, BlockFigure>;

function figuresOf(content: StatementContent): Figures {
  return new Map(
    Object.values(content.blocks).flatMap((block) => block.figures.map((f) => [f.key, f] as const)),
  );
}

const num = (figures: Figures, key: string): number => {
  const value = figures.get(key)?.value;
  return typeof value === 'number' ? value : 0;
};
const share = (figures: Figures, key: string): string => {
  const value = figures.get(key)?.value;
  return typeof value === 'number' ? `${value}%` : 'not known';
};
const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** A short detail per area, from the figures (the registry's "give a short summary"). */
function areaDetail(area: StatementArea, f: Figures): string {
  switch (area) {
    case 'structure':
      return `${plural(num(f, 'structure.sites'), 'supplier site')} in ${plural(num(f, 'structure.countries'), 'country', 'countries')}, ${plural(num(f, 'structure.workers'), 'worker')}; ${plural(num(f, 'structure.agencies'), 'recruitment agency', 'recruitment agencies')} on ${plural(num(f, 'structure.corridors'), 'migration corridor')}.`;
    case 'policies':
      return `${plural(num(f, 'policies.registered'), 'policy', 'policies')} in force at the year-end.`;
    case 'due_diligence':
      return `${plural(num(f, 'questionnaire_coverage.sent'), 'questionnaire')} sent (response rate ${share(f, 'questionnaire_coverage.response_rate')}); ${plural(num(f, 'audits.visits'), 'audit visit')}, ${share(f, 'audits.unannounced_share')} unannounced; ${share(f, 'high_risk_coverage.coverage')} of high-risk sites reached.`;
    case 'risk':
      return `${plural(num(f, 'risk_bands.critical') + num(f, 'risk_bands.high'), 'site')} rated high or critical, ${plural(num(f, 'risk_bands.unscored'), 'site')} not yet scored; ${plural(num(f, 'fee_exposure.workers_over_one_month'), 'worker')} paid recruitment fees of more than one month’s wages.`;
    case 'effectiveness':
      return `${plural(num(f, 'findings_by_indicator.findings'), 'audit finding')}; ${plural(num(f, 'corrective_actions.opened'), 'corrective action')} opened, ${num(f, 'corrective_actions.closed').toLocaleString('en-GB')} closed, ${num(f, 'corrective_actions.overdue').toLocaleString('en-GB')} overdue; ${plural(num(f, 'grievances.received'), 'grievance')} received, ${num(f, 'grievances.resolved').toLocaleString('en-GB')} resolved.`;
    case 'training':
      return `${plural(num(f, 'training.sessions'), 'training session')}, ${plural(num(f, 'training.people'), 'person', 'people')} trained.`;
  }
}

function turnoverField(input: RegistryExportInput, period: FinancialYear) {
  const turnover = input.content.company.turnover;
  if (!turnover) return { band: null, reason: 'The company’s annual turnover is not recorded.' };
  const { minor, currency } = turnover;
  if (currency === 'GBP') {
    const band = turnoverBandOf(BigInt(minor));
    return { band: band.code, label: band.label, basis: formatMoney(BigInt(minor), 'GBP') };
  }
  const rate = findRate(input.fxRates, currency, 'GBP', period.to);
  if (!rate)
    return {
      band: null,
      reason: `Turnover is recorded in ${currency} and no ${currency}/GBP exchange rate valid at ${period.to} is recorded.`,
    };
  const pence = convertMinor(BigInt(minor), currency, 'GBP', rate);
  const band = turnoverBandOf(pence);
  return {
    band: band.code,
    label: band.label,
    basis: `${formatMoney(BigInt(minor), currency)} at ${rate.base}/${rate.quote} ${rate.rate} (${rate.source}, ${rate.validOn})`,
  };
}

export function registryExport(input: RegistryExportInput) {
  const { content } = input;
  const f = figuresOf(content);
  const notRecorded: Array<{ field: string; reason: string }> = [];
  const areas: RegistryArea[] = STATEMENT_AREAS.map((area) => {
    const narrative = input.narratives[area]?.trim() ?? '';
    return {
      area,
      question: AREA_QUESTIONS[area],
      covered: narrative !== '',
      detail: areaDetail(area, f),
    };
  });

  if (!input.statementUrl)
    notRecorded.push({
      field: 'statementUrl',
      reason:
        'Recorded when the statement is published: give the address of the page on your website.',
    });
  const approver =
    input.signature && input.approval
      ? {
          name: input.signature.name,
          jobTitle: input.signature.title,
          approvedOn: input.approval.approvedOn,
          approvedBy: input.approval.body,
        }
      : null;
  if (!approver)
    notRecorded.push({
      field: 'approver',
      reason: 'The statement is not yet approved and signed.',
    });
  const turnover = turnoverField(input, content.period);
  if (turnover.band === null)
    notRecorded.push({ field: 'turnover', reason: turnover.reason ?? '' });

  const years = new Set([...input.publishedYearEnds, content.period.to]).size;
  const yearsBand =
    years <= 1
      ? YEARS_PRODUCING_BANDS[0]
      : years <= 5
        ? YEARS_PRODUCING_BANDS[1]
        : YEARS_PRODUCING_BANDS[2];

  const policyTopics = new Set(content.highlights.policyTopics);
  const policyRows = content.blocks.policies.tables[0]?.rows ?? [];
  const trainingRows = content.blocks.training.tables[0]?.rows ?? [];
  const repaid = content.blocks.fee_remediation.figures
    .filter((fig) => fig.key.startsWith('fee_remediation.repaid_') && fig.currency)
    .map((fig) => ({
      currency: fig.currency as string,
      amountMinor: String(fig.value ?? '0'),
      text: formatMoney(BigInt(String(fig.value ?? '0')), fig.currency as string),
    }));
  const outstanding = content.blocks.fee_remediation.figures
    .filter((fig) => fig.key.startsWith('fee_remediation.outstanding_') && fig.currency)
    .map((fig) => ({
      currency: fig.currency as string,
      amountMinor: String(fig.value ?? '0'),
      text: formatMoney(BigInt(String(fig.value ?? '0')), fig.currency as string),
    }));

  return {
    registry: 'UK modern slavery statement registry',
    statementVersion: input.version,
    status: input.status,
    organisationsCovered: [
      {
        name: content.company.name,
        companyNumber: content.company.registrationNumber,
        country: content.company.hqCountry,
      },
    ],
    statementUrl: input.statementUrl,
    period: content.period,
    approver,
    areas,
    sectors: [
      {
        code: content.company.sector,
        name: sectorByCode(content.company.sector)?.name ?? content.company.sector,
      },
    ],
    turnover,
    yearsProducingStatements: { years, band: yearsBand.code, label: yearsBand.label },
    summary: {
      policies: {
        onWorkerPaidRecruitmentFees: policyTopics.has('recruitment_fees'),
        onRetentionOfIdentityDocuments: policyTopics.has('identity_documents'),
        inForce: policyRows.map((row) => ({
          title: row[0],
          topic: row[1],
          version: row[2],
          adoptedOn: row[3],
        })),
      },
      trainingAudiences: trainingRows.map((row) => ({
        audience: row[0],
        sessions: row[1],
        people: row[2],
      })),
      socialAudits: {
        total: num(f, 'audits.visits'),
        announced: num(f, 'audits.announced'),
        semiAnnounced: num(f, 'audits.semi_announced'),
        unannounced: num(f, 'audits.unannounced'),
        byThirdParty: num(f, 'audits.third_party'),
        byOwnStaff: num(f, 'audits.visits') - num(f, 'audits.third_party'),
      },
      grievanceMechanisms: {
        channels: num(f, 'grievances.channels'),
        received: num(f, 'grievances.received'),
        resolved: num(f, 'grievances.resolved'),
      },
      mainRisks: content.highlights.mainRisks.map((risk) => ({
        description: risk.description,
        tiers: risk.tiers,
        countries: [risk.country],
        vulnerableGroups: risk.vulnerableGroups,
        sites: risk.sites,
      })),
      indicatorsFound: content.highlights.indicatorsFound.map((found) => found.name),
      remediation: {
        correctiveActionsClosed: num(f, 'corrective_actions.closed'),
        correctiveActionsOpened: num(f, 'corrective_actions.opened'),
        recruitmentFeesRepaid: repaid,
        recruitmentFeesOutstanding: outstanding,
        workersOwedRepayment: num(f, 'fee_remediation.workers'),
      },
      progressMeasures: [
        `Questionnaire response rate: ${share(f, 'questionnaire_coverage.response_rate')}`,
        `Share of audit visits unannounced: ${share(f, 'audits.unannounced_share')}`,
        `Coverage of high-risk sites by due diligence: ${share(f, 'high_risk_coverage.coverage')}`,
        `Corrective actions overdue at the year-end: ${num(f, 'corrective_actions.overdue')}`,
        `Grievances acknowledged within 7 days: ${num(f, 'grievances.acknowledged_in_time')} of ${num(f, 'grievances.received')}`,
      ],
    },
    notRecorded,
  };
}

export type RegistryExport = ReturnType<typeof registryExport>;
