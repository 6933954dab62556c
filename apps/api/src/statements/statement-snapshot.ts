import {
  FROZEN_RECORD_KINDS,
  composeStatementContent,
  previousFinancialYear,
  type FinancialYear,
  type FrozenRecords,
  type StatementCompany,
  type StatementContent,
  type StatementPeriods,
  type StatementSourceRows,
} from '@app/domain';
import type { EntityManager } from 'typeorm';

/**
 * Reads what a statement counts from the live records, in the caller's transaction (REPEATABLE
 * READ, so every query sees the same moment), composes the figures and copies the records they
 * counted to `statement_records`. Selection only happens here (the company's mapped sites, the two
 * years); every rule about what a record means lives in libs/domain/src/statements.
 *
 * Parameters of every query: $1 organisation, $2 company, $3 first day of the previous year,
 * $4 last day of the reporting year, $5 first day of the reporting year.
 */
const SITES = `
  SELECT s.id, s.name, s.country, s.sector, t.tier
    FROM supplier_tiers t
    JOIN suppliers s ON s.id = t.supplier_id AND s.organisation_id = t.organisation_id
                    AND s.status = 'active'
   WHERE t.organisation_id = $1 AND t.company_id = $2`;

const ENGAGED_AGENCIES = `
  SELECT DISTINCT e.agency_id AS id
    FROM agency_engagements e
    JOIN (${SITES}) cs ON cs.id = e.supplier_id
    JOIN recruitment_agencies a ON a.id = e.agency_id AND a.organisation_id = e.organisation_id
                                AND a.status = 'active'
   WHERE e.organisation_id = $1`;

const QUERIES: { [K in keyof StatementSourceRows]: string } = {
  sites: `
    WITH answered AS (
      SELECT DISTINCT supplier_id FROM questionnaire_submissions
       WHERE organisation_id = $1 AND supplier_id IS NOT NULL
         AND submitted_at >= $5::date AND submitted_at < $4::date + 1),
    audited AS (
      SELECT DISTINCT supplier_id FROM audits
       WHERE organisation_id = $1 AND status IN ('submitted', 'processed')
         AND coalesce((report->>'arrivedAt')::timestamptz, submitted_at) >= $5::date
         AND coalesce((report->>'arrivedAt')::timestamptz, submitted_at) < $4::date + 1)
    SELECT s.id, s.name, s.country, s.sector, t.tier::int AS tier,
           s.workforce_total AS workers, s.workforce_migrant AS migrant,
           s.workforce_agency AS agency, s.workforce_female AS female,
           r.score::int AS score, r.band,
           CASE WHEN r.score IS NULL THEN NULL
                WHEN r.score - r.own_score > r.main_factor_points THEN 'chain'
                ELSE r.main_factor END AS "mainFactor",
           (q.supplier_id IS NOT NULL) AS "answeredInYear",
           (a.supplier_id IS NOT NULL) AS "auditedInYear"
      FROM supplier_tiers t
      JOIN suppliers s ON s.id = t.supplier_id AND s.organisation_id = t.organisation_id
                      AND s.status = 'active'
      LEFT JOIN site_risk_scores r ON r.organisation_id = s.organisation_id AND r.supplier_id = s.id
      LEFT JOIN answered q ON q.supplier_id = s.id
      LEFT JOIN audited a ON a.supplier_id = s.id
     WHERE t.organisation_id = $1 AND t.company_id = $2
     ORDER BY t.tier, s.name, s.id`,
  agencies: `
    SELECT a.id, a.name, a.licence_status AS "licenceStatus",
           a.employer_pays_committed AS "employerPays", a.deposit_required AS deposit,
           a.retains_documents AS "retainsDocuments"
      FROM recruitment_agencies a
     WHERE a.organisation_id = $1 AND a.id IN (${ENGAGED_AGENCIES})
     ORDER BY a.name, a.id`,
  engagements: `
    SELECT e.id, e.agency_id AS "agencyId", a.name AS agency, cs.name AS site,
           e.origin_country AS origin, e.destination_country AS destination,
           e.workers_placed AS workers, e.fee_months::float8 AS "feeMonths"
      FROM agency_engagements e
      JOIN (${SITES}) cs ON cs.id = e.supplier_id
      JOIN recruitment_agencies a ON a.id = e.agency_id AND a.organisation_id = e.organisation_id
                                  AND a.status = 'active'
     WHERE e.organisation_id = $1
     ORDER BY a.name, cs.name, e.id`,
  assignments: `
    SELECT q.id, coalesce(cs.name, ag.name) AS site, t.title AS template, q.status,
           q.due_on::text AS "dueOn", q.submitted_at::date::text AS "submittedOn"
      FROM questionnaire_assignments q
      JOIN questionnaire_templates t ON t.id = q.template_id AND t.organisation_id = q.organisation_id
      LEFT JOIN (${SITES}) cs ON cs.id = q.supplier_id
      LEFT JOIN recruitment_agencies ag ON ag.id = q.agency_id AND ag.organisation_id = q.organisation_id
                                       AND ag.id IN (${ENGAGED_AGENCIES})
     WHERE q.organisation_id = $1 AND q.due_on BETWEEN $3::date AND $4::date
       AND (cs.id IS NOT NULL OR ag.id IS NOT NULL)
     ORDER BY q.due_on, q.id`,
  audits: `
    SELECT a.id, a.reference, cs.name AS site, a.type, a.audit_firm AS "auditFirm",
           coalesce((a.report->>'arrivedAt')::timestamptz, a.submitted_at)::date::text AS "visitedOn"
      FROM audits a
      JOIN (${SITES}) cs ON cs.id = a.supplier_id
     WHERE a.organisation_id = $1 AND a.status IN ('submitted', 'processed')
       AND coalesce((a.report->>'arrivedAt')::timestamptz, a.submitted_at) >= $3::date
       AND coalesce((a.report->>'arrivedAt')::timestamptz, a.submitted_at) < $4::date + 1
     ORDER BY 6, a.reference`,
  findings: `
    SELECT f.id, a.reference AS audit, cs.name AS site, f.severity, f.category, f.indicators,
           coalesce((a.report->>'arrivedAt')::timestamptz, a.submitted_at)::date::text AS "visitedOn"
      FROM audit_findings f
      JOIN audits a ON a.id = f.audit_id AND a.organisation_id = f.organisation_id
      JOIN (${SITES}) cs ON cs.id = f.supplier_id
     WHERE f.organisation_id = $1
       AND coalesce((a.report->>'arrivedAt')::timestamptz, a.submitted_at) >= $3::date
       AND coalesce((a.report->>'arrivedAt')::timestamptz, a.submitted_at) < $4::date + 1
     ORDER BY a.reference, f.position`,
  correctiveActions: `
    SELECT c.id, cs.name AS site, c.severity, c.due_on::text AS "dueOn",
           c.created_at::date::text AS "openedOn", c.closed_on::text AS "closedOn"
      FROM corrective_actions c
      JOIN (${SITES}) cs ON cs.id = c.supplier_id
     WHERE c.organisation_id = $1 AND c.created_at < $4::date + 1
       AND (c.closed_on IS NULL OR c.closed_on >= $3::date)
     ORDER BY c.due_on, c.id`,
  feeRemediations: `
    SELECT r.id, cs.name AS site, ag.name AS agency, r.workers_affected AS workers, r.currency,
           r.owed_minor::text AS "owedMinor", r.created_at::date::text AS "openedOn",
           coalesce((SELECT json_agg(json_build_object('paidOn', p.paid_on::text,
                                                       'amountMinor', p.amount_minor::text)
                                     ORDER BY p.paid_on, p.id)
                       FROM fee_repayments p
                      WHERE p.organisation_id = r.organisation_id AND p.remediation_id = r.id),
                    '[]'::json) AS repayments
      FROM fee_remediations r
      JOIN (${SITES}) cs ON cs.id = r.supplier_id
      LEFT JOIN recruitment_agencies ag ON ag.id = r.agency_id AND ag.organisation_id = r.organisation_id
     WHERE r.organisation_id = $1 AND r.created_at < $4::date + 1
     ORDER BY r.created_at, r.id`,
  grievances: `
    SELECT g.id, g.category, g.received_on::text AS "receivedOn",
           g.acknowledged_on::text AS "acknowledgedOn", g.closed_on::text AS "closedOn", g.outcome
      FROM grievance_cases g
      JOIN grievance_channels ch ON ch.id = g.channel_id AND ch.organisation_id = g.organisation_id
     WHERE g.organisation_id = $1 AND g.received_on BETWEEN $3::date AND $4::date
       AND (coalesce(g.supplier_id, ch.supplier_id) IN (SELECT id FROM (${SITES}) cs)
            OR (g.supplier_id IS NULL AND ch.agency_id IN (${ENGAGED_AGENCIES})))
     ORDER BY g.received_on, g.id`,
  grievanceChannels: `
    SELECT ch.id, ch.name, CASE WHEN ch.supplier_id IS NULL THEN 'corridor' ELSE 'site' END AS scope,
           ch.languages
      FROM grievance_channels ch
     WHERE ch.organisation_id = $1 AND ch.status = 'open'
       AND (ch.supplier_id IN (SELECT id FROM (${SITES}) cs)
            OR ch.agency_id IN (${ENGAGED_AGENCIES}))
     ORDER BY ch.name, ch.id`,
  policies: `
    SELECT p.id, p.title, p.topic, p.version, p.adopted_on::text AS "adoptedOn", p.url
      FROM policy_documents p
     WHERE p.organisation_id = $1 AND (p.company_id IS NULL OR p.company_id = $2)
     ORDER BY p.adopted_on DESC, p.title, p.id`,
  training: `
    SELECT t.id, t.held_on::text AS "heldOn", t.topic, t.audience, t.people_trained AS people,
           t.provider
      FROM training_sessions t
     WHERE t.organisation_id = $1 AND (t.company_id IS NULL OR t.company_id = $2)
       AND t.held_on BETWEEN $3::date AND $4::date
     ORDER BY t.held_on, t.id`,
};

/**
 * Every query receives the same five parameters, and PostgreSQL refuses a parameter it cannot type;
 * an unused CTE gives each its type without being evaluated.
 */
const PARAMS_CTE = '_params AS (SELECT $1::uuid, $2::uuid, $3::date, $4::date, $5::date)';
function withTypedParams(sql: string): string {
  const trimmed = sql.trimStart();
  return trimmed.startsWith('WITH ')
    ? `WITH ${PARAMS_CTE}, ${trimmed.slice(5)}`
    : `WITH ${PARAMS_CTE} ${trimmed}`;
}

/** Frozen records travel as one JSON document per batch (as imports do): one statement each. */
const BATCH = 5_000;

export async function readStatementSources(
  manager: EntityManager,
  organisationId: string,
  companyId: string,
  periods: StatementPeriods,
): Promise<StatementSourceRows> {
  const params = [
    organisationId,
    companyId,
    periods.previous.from,
    periods.current.to,
    periods.current.from,
  ];
  const rows = {} as Record<keyof StatementSourceRows, unknown[]>;
  for (const [name, sql] of Object.entries(QUERIES) as [keyof StatementSourceRows, string][])
    rows[name] = await manager.query(withTypedParams(sql), params);
  return rows as unknown as StatementSourceRows;
}

export async function writeFrozenRecords(
  manager: EntityManager,
  organisationId: string,
  statementId: string,
  records: FrozenRecords,
): Promise<void> {
  await manager.query(
    'DELETE FROM statement_records WHERE organisation_id = $1 AND statement_id = $2',
    [organisationId, statementId],
  );
  for (const kind of FROZEN_RECORD_KINDS) {
    const list = records[kind];
    for (let start = 0; start < list.length; start += BATCH) {
      const batch = list
        .slice(start, start + BATCH)
        .map((record, index) => ({ seq: start + index, id: record.id, facts: record.facts }));
      await manager.query(
        `INSERT INTO statement_records (organisation_id, statement_id, kind, seq, record_id, facts)
         SELECT $1, $2, $3, r.seq, r.id, r.facts
           FROM json_to_recordset($4::json) AS r(seq int, id uuid, facts jsonb)`,
        [organisationId, statementId, kind, JSON.stringify(batch)],
      );
    }
  }
}

/**
 * Reads, composes and freezes the figures of a draft, in the caller's REPEATABLE READ transaction:
 * the snapshot is the transaction's own clock, the moment every one of its queries saw.
 */
export async function snapshotStatement(
  manager: EntityManager,
  input: {
    organisationId: string;
    statementId: string;
    company: StatementCompany;
    period: FinancialYear;
  },
): Promise<{ content: StatementContent; snapshotAt: Date }> {
  const [{ now: snapshotAt }]: { now: Date }[] = await manager.query('SELECT now() AS now');
  const periods: StatementPeriods = {
    current: input.period,
    previous: previousFinancialYear(input.period),
    snapshotOn: snapshotAt.toISOString().slice(0, 10),
  };
  const rows = await readStatementSources(manager, input.organisationId, input.company.id, periods);
  const { content, records } = composeStatementContent({
    company: input.company,
    periods,
    snapshotAt: snapshotAt.toISOString(),
    rows,
  });
  await writeFrozenRecords(manager, input.organisationId, input.statementId, records);
  return { content, snapshotAt };
}
