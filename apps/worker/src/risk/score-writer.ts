import type { EntityManager } from 'typeorm';

/** One site's new risk, as staged for writing. `own_factors` null: only the chain moved. */
export interface ScoreRow {
  supplier_id: string;
  score: number;
  band: string;
  own_score: number;
  /** The own factors already serialised (they were, to hash them): written as they are. */
  own_factors: string | null;
  factors_hash: string | null;
  upstream_score: number | null;
  upstream_supplier_id: string | null;
  no_evidence: boolean;
  main_factor: string;
  main_factor_points: number;
}

/** A batch as one JSON document, the factors spliced in as the text they already are. */
function batchJson(rows: readonly ScoreRow[]): string {
  return `[${rows
    .map(({ own_factors, ...rest }) => {
      const head = JSON.stringify(rest);
      return `${head.slice(0, -1)},"own_factors":${own_factors ?? 'null'}}`;
    })
    .join(',')}]`;
}

export interface ScoreVersions {
  model: string;
  reference: string;
  asOf: string;
  at: Date;
}

/** Left as they are for a site whose chain alone moved (sent with an empty factors_hash). */
const OWN_COLUMNS = [
  'own_score',
  'own_factors',
  'factors_hash',
  'no_evidence',
  'main_factor',
  'main_factor_points',
  'model_version',
  'reference_version',
  'as_of',
];

/**
 * Writes a batch of scores in one statement: the rows travel as one JSON document and the same
 * statement appends history (only where score, band or versions changed; it sees the scores as
 * they were before the statement) and upserts every row; a site whose chain alone moved keeps its
 * own columns. Both look rows up one by one through the primary key, whatever the planner's
 * statistics say: a join planned from stale statistics once scanned the organisation's stored
 * scores for every row of the batch (minutes at 100,000 sites).
 */
export async function writeScoreBatch(
  manager: EntityManager,
  organisationId: string,
  rows: readonly ScoreRow[],
  versions: ScoreVersions,
): Promise<void> {
  if (rows.length === 0) return;
  const keepOwn = OWN_COLUMNS.map(
    (column) =>
      `${column} = CASE WHEN EXCLUDED.factors_hash = '' THEN site_risk_scores.${column} ELSE EXCLUDED.${column} END`,
  ).join(', ');
  await manager.query(
    `WITH n AS (
       SELECT * FROM json_to_recordset($6::json) AS r(
         supplier_id uuid, score smallint, band text, own_score smallint, own_factors json,
         factors_hash text, upstream_score smallint, upstream_supplier_id uuid,
         no_evidence boolean, main_factor text, main_factor_points smallint)),
     history AS (
       INSERT INTO site_risk_snapshots (organisation_id, supplier_id, score, band, own_score,
              main_factor, model_version, reference_version, computed_at)
       SELECT $1, n.supplier_id, n.score, n.band, n.own_score,
              CASE WHEN n.score - n.own_score > n.main_factor_points THEN 'chain'
                   ELSE n.main_factor END,
              $2, $3, $4
         FROM n LEFT JOIN LATERAL (
                SELECT c.score, c.band, c.model_version, c.reference_version
                  FROM site_risk_scores c
                 WHERE c.organisation_id = $1 AND c.supplier_id = n.supplier_id
                 LIMIT 1) c ON true
        WHERE c.score IS NULL
           OR (c.score, c.band, c.model_version, c.reference_version)
              IS DISTINCT FROM (n.score, n.band, $2, $3))
     INSERT INTO site_risk_scores (organisation_id, supplier_id, score, band, own_score,
            own_factors, factors_hash, upstream_score, upstream_supplier_id, no_evidence,
            main_factor, main_factor_points, model_version, reference_version, as_of, computed_at)
     SELECT $1, n.supplier_id, n.score, n.band, n.own_score, coalesce(n.own_factors, '[]'::json),
            coalesce(n.factors_hash, ''), n.upstream_score, n.upstream_supplier_id, n.no_evidence,
            n.main_factor, n.main_factor_points, $2, $3, $5::date, $4
       FROM n
     ON CONFLICT (organisation_id, supplier_id) DO UPDATE SET
            score = EXCLUDED.score, band = EXCLUDED.band,
            upstream_score = EXCLUDED.upstream_score,
            upstream_supplier_id = EXCLUDED.upstream_supplier_id,
            computed_at = EXCLUDED.computed_at, ${keepOwn}`,
    [
      organisationId,
      versions.model,
      versions.reference,
      versions.at,
      versions.asOf,
      batchJson(rows),
    ],
  );
}
