import {
  NO_DERIVED_FACTS,
  NO_EVIDENCE,
  isFindingSeverity,
  isGrievanceOutcome,
  isIloIndicator,
  isLicenceStatus,
  type EvidenceInput,
  type QuestionnaireFactsInput,
  type EngagementInput,
  type FindingSeverity,
  type SiteRiskInput,
} from '@app/domain';
import type { EntityManager } from 'typeorm';

/**
 * What the model reads about a site. `upstreamMapped` and `asOf` are set by the caller, which
 * knows the whole graph (set in place: a copy per site per run showed up in profiles).
 */
export type SiteFacts = SiteRiskInput;

interface SiteRow {
  id: string;
  country: string;
  sector: string;
  products: string | null;
  workforce_total: number;
  workforce_migrant: number;
  workforce_agency: number;
}

interface EngagementRow {
  id: string;
  supplier_id: string;
  agency_id: string;
  workers_placed: number;
  fee_months: string | null;
  employer_pays_committed: boolean | null;
  deposit_required: boolean | null;
  loans_offered: boolean | null;
  retains_documents: boolean | null;
  contract_in_worker_language: boolean | null;
  licence_status: string;
  licence_expires_on: string | null;
}

/** Every site id of the organisation, in id order (the chain's tie-break follows it). */
export async function loadSiteIds(
  manager: EntityManager,
  organisationId: string,
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    'SELECT id FROM suppliers WHERE organisation_id = $1 ORDER BY id',
    [organisationId],
  );
  return rows.map((row) => row.id);
}

/** Site-to-site links as index pairs (a reporting company buying from a site has no score). */
export async function loadSiteLinks(
  manager: EntityManager,
  organisationId: string,
  indexOf: ReadonlyMap<string, number>,
): Promise<{ buyers: Int32Array; suppliers: Int32Array }> {
  // One string for all links (72 characters each): 300,000 links arrive as one value, not as
  // 300,000 rows of two fields (about three times faster to read).
  const [{ links }]: { links: string | null }[] = await manager.query(
    `SELECT string_agg(buyer_supplier_id::text || supplier_id::text, '') AS links
       FROM supply_links WHERE organisation_id = $1 AND buyer_supplier_id IS NOT NULL`,
    [organisationId],
  );
  const text = links ?? '';
  const total = text.length / 72;
  const buyers = new Int32Array(total);
  const suppliers = new Int32Array(total);
  let count = 0;
  for (let offset = 0; offset < text.length; offset += 72) {
    const buyer = indexOf.get(text.slice(offset, offset + 36));
    const supplier = indexOf.get(text.slice(offset + 36, offset + 72));
    if (buyer === undefined || supplier === undefined) continue;
    buyers[count] = buyer;
    suppliers[count++] = supplier;
  }
  return { buyers: buyers.subarray(0, count), suppliers: suppliers.subarray(0, count) };
}

/**
 * The model's facts for the given sites (null: all of them, in id order), with the engagements
 * of active agencies. An archived agency no longer places workers, so its engagements no longer
 * count.
 */
export async function loadSiteFacts(
  manager: EntityManager,
  organisationId: string,
  siteIds: readonly string[] | null,
): Promise<Map<string, SiteFacts>> {
  const only = siteIds === null ? '' : 'AND s.id = ANY($2::uuid[])';
  const params = siteIds === null ? [organisationId] : [organisationId, siteIds];
  const sites: SiteRow[] = await manager.query(
    `SELECT s.id, s.country, s.sector, s.products,
            s.workforce_total, s.workforce_migrant, s.workforce_agency
       FROM suppliers s WHERE s.organisation_id = $1 ${only} ORDER BY s.id`,
    params,
  );
  const engagements: EngagementRow[] = await manager.query(
    `SELECT e.id, e.supplier_id, e.agency_id, e.workers_placed, e.fee_months::text AS fee_months,
            a.employer_pays_committed, a.deposit_required, a.loans_offered, a.retains_documents,
            a.contract_in_worker_language, a.licence_status,
            to_char(a.licence_expires_on, 'YYYY-MM-DD') AS licence_expires_on
       FROM agency_engagements e
       JOIN recruitment_agencies a ON a.id = e.agency_id AND a.status = 'active'
      WHERE e.organisation_id = $1 ${only.replace('s.id', 'e.supplier_id')}`,
    params,
  );
  const evidence = await loadQuestionnaireEvidence(manager, organisationId, siteIds);
  await addAuditEvidence(manager, organisationId, siteIds, evidence);
  await addGrievanceEvidence(manager, organisationId, siteIds, evidence);
  const bySite = new Map<string, EngagementInput[]>();
  for (const row of engagements) {
    const list = bySite.get(row.supplier_id) ?? [];
    list.push({
      engagementId: row.id,
      agencyId: row.agency_id,
      workersPlaced: row.workers_placed,
      feeMonths: row.fee_months === null ? null : Number(row.fee_months),
      employerPaysCommitted: row.employer_pays_committed,
      depositRequired: row.deposit_required,
      loansOffered: row.loans_offered,
      retainsDocuments: row.retains_documents,
      contractInWorkerLanguage: row.contract_in_worker_language,
      licenceStatus: isLicenceStatus(row.licence_status) ? row.licence_status : 'unknown',
      licenceExpiresOn: row.licence_expires_on,
    });
    bySite.set(row.supplier_id, list);
  }
  return new Map(
    sites.map((site) => [
      site.id,
      {
        siteId: site.id,
        country: site.country,
        sector: site.sector,
        products: site.products,
        workforce: {
          total: site.workforce_total,
          migrant: site.workforce_migrant,
          agency: site.workforce_agency,
        },
        engagements: bySite.get(site.id) ?? [],
        evidence: evidence.get(site.id) ?? NO_EVIDENCE,
        upstreamMapped: false,
        asOf: '',
      },
    ]),
  );
}

interface QuestionnaireEvidenceRow {
  supplier_id: string;
  id: string;
  submitted_on: string;
  agency_id: string | null;
  flagged_indicators: string[] | null;
  facts: Record<string, unknown> | null;
}

/**
 * Scored questionnaires as evidence: per site, the latest submission of each template version it
 * answered, and the latest of each agency survey for the sites that agency places workers at (its
 * recruitment practice is theirs too).
 */
async function loadQuestionnaireEvidence(
  manager: EntityManager,
  organisationId: string,
  siteIds: readonly string[] | null,
): Promise<Map<string, EvidenceInput>> {
  const only = siteIds === null ? '' : 'AND site.id = ANY($2::uuid[])';
  const rows: QuestionnaireEvidenceRow[] = await manager.query(
    `SELECT DISTINCT ON (site.id, q.template_id, q.agency_id)
            site.id AS supplier_id, q.id, to_char(q.submitted_at, 'YYYY-MM-DD') AS submitted_on,
            q.agency_id, q.flagged_indicators, q.result -> 'facts' AS facts
       FROM questionnaire_submissions q
       CROSS JOIN LATERAL (
              SELECT q.supplier_id AS id WHERE q.supplier_id IS NOT NULL
              UNION
              SELECT e.supplier_id FROM agency_engagements e
               WHERE q.agency_id IS NOT NULL AND e.organisation_id = q.organisation_id
                 AND e.agency_id = q.agency_id) site
      WHERE q.organisation_id = $1 AND q.status = 'scored' ${only}
      ORDER BY site.id, q.template_id, q.agency_id, q.submitted_at DESC`,
    siteIds === null ? [organisationId] : [organisationId, siteIds],
  );
  const bySite = new Map<string, EvidenceInput>();
  for (const row of rows) {
    const evidence = bySite.get(row.supplier_id) ?? { ...NO_EVIDENCE, questionnaires: [] };
    (evidence.questionnaires as EvidenceInput['questionnaires'][number][]).push({
      id: row.id,
      submittedOn: row.submitted_on,
      agencyId: row.agency_id,
      flaggedIndicators: (row.flagged_indicators ?? []).filter(isIloIndicator),
      facts: questionnaireFacts(row.facts),
    });
    bySite.set(row.supplier_id, evidence);
  }
  return bySite;
}

const NUMBER_FACTS = ['feeMonths', 'migrantShare', 'agencyShare'] as const;
const BOOLEAN_FACTS = [
  'workerPaidFees',
  'documentsRetained',
  'depositRequired',
  'loansOffered',
  'contractInWorkerLanguage',
  'employerPaysCommitted',
  'wagesPaidOnTime',
] as const;

/** The facts the scorer stored with a submission (anything not of the expected type: not known). */
function questionnaireFacts(
  stored: Record<string, unknown> | null,
): QuestionnaireFactsInput | null {
  if (!stored || typeof stored !== 'object') return null;
  // Every fact present: one these lists do not name stays not known.
  const facts: QuestionnaireFactsInput = { ...NO_DERIVED_FACTS };
  for (const key of NUMBER_FACTS) {
    const value = stored[key];
    facts[key] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  for (const key of BOOLEAN_FACTS) {
    const value = stored[key];
    facts[key] = typeof value === 'boolean' ? value : null;
  }
  return facts;
}

interface AuditEvidenceRow {
  supplier_id: string;
  audits: {
    id: string;
    completedOn: string;
    findings: { id: string; severity: string; indicators: string[]; closedOn: string | null }[];
  }[];
  actions: { id: string; dueOn: string; closedOn: string | null }[];
}

/**
 * Processed audits with their findings (a finding is open until its corrective action closes),
 * and every corrective action with its due date, added to each site's evidence. Planned and
 * unprocessed audits are not evidence yet.
 */
async function addAuditEvidence(
  manager: EntityManager,
  organisationId: string,
  siteIds: readonly string[] | null,
  bySite: Map<string, EvidenceInput>,
): Promise<void> {
  const only = siteIds === null ? '' : 'AND a.supplier_id = ANY($2::uuid[])';
  const rows: AuditEvidenceRow[] = await manager.query(
    `SELECT a.supplier_id,
            json_agg(json_build_object(
              'id', a.id, 'completedOn', to_char(a.submitted_at, 'YYYY-MM-DD'),
              'findings', COALESCE((
                SELECT json_agg(json_build_object('id', f.id, 'severity', f.severity,
                         'indicators', f.indicators, 'closedOn', f.closed_on::text))
                  FROM audit_findings f WHERE f.audit_id = a.id), '[]'))) AS audits,
            COALESCE((
              SELECT json_agg(json_build_object('id', c.id, 'dueOn', c.due_on::text,
                       'closedOn', c.closed_on::text))
                FROM corrective_actions c
               WHERE c.organisation_id = $1 AND c.supplier_id = a.supplier_id), '[]') AS actions
       FROM audits a
      WHERE a.organisation_id = $1 AND a.status = 'processed' ${only}
      GROUP BY a.supplier_id`,
    siteIds === null ? [organisationId] : [organisationId, siteIds],
  );
  for (const row of rows) {
    const evidence = bySite.get(row.supplier_id) ?? { ...NO_EVIDENCE };
    bySite.set(row.supplier_id, {
      ...evidence,
      audits: row.audits.map((audit) => ({
        id: audit.id,
        completedOn: audit.completedOn,
        findings: audit.findings.filter(isKnownFinding).map((finding) => ({
          id: finding.id,
          severity: finding.severity,
          indicators: finding.indicators.filter(isIloIndicator),
          closedOn: finding.closedOn,
        })),
      })),
      correctiveActions: row.actions,
    });
  }
}

function isKnownFinding<F extends { severity: string }>(
  finding: F,
): finding is F & { severity: FindingSeverity } {
  return isFindingSeverity(finding.severity);
}

/**
 * Grievance cases about each site: ids, days, outcome and the ILO indicators the officer tagged,
 * nothing of the report itself. Cases not yet tied to a site (an agency's corridor) do not count
 * until triage names one.
 */
async function addGrievanceEvidence(
  manager: EntityManager,
  organisationId: string,
  siteIds: readonly string[] | null,
  bySite: Map<string, EvidenceInput>,
): Promise<void> {
  const only = siteIds === null ? '' : 'AND supplier_id = ANY($2::uuid[])';
  const rows: {
    supplier_id: string;
    id: string;
    received_on: string;
    closed_on: string | null;
    outcome: string | null;
    indicators: string[];
  }[] = await manager.query(
    `SELECT supplier_id, id, received_on::text AS received_on, closed_on::text AS closed_on,
            outcome, indicators
       FROM grievance_cases
      WHERE organisation_id = $1 AND supplier_id IS NOT NULL ${only}`,
    siteIds === null ? [organisationId] : [organisationId, siteIds],
  );
  for (const row of rows) {
    const evidence = bySite.get(row.supplier_id) ?? { ...NO_EVIDENCE };
    bySite.set(row.supplier_id, {
      ...evidence,
      grievances: [
        ...evidence.grievances,
        {
          id: row.id,
          receivedOn: row.received_on,
          closedOn: row.closed_on,
          outcome: row.outcome !== null && isGrievanceOutcome(row.outcome) ? row.outcome : null,
          indicators: row.indicators.filter(isIloIndicator),
        },
      ],
    });
  }
}
