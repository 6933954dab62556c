import type { EntityManager } from 'typeorm';

/** One site's new risk, as staged for writing. `ownFactors` null: only the chain moved. */
export interface ScoreRow {
  supplier_id: string;
  score: number;
  band: string;
  own_score: number;
  own_factors: unknown[] | null;
  factors_hash: string | null;
  upstream_score: number | null;
  upstream_supplier_id: string | null;
  no_evidence: boolean;
  main_factor: string;
  main_factor_points: number;
}

const BATCH = 5000;

/**
 * Writes staged scores set-based: rows travel to a temporary table as JSON documents of 5,000,
 * then three statements append the history (only where score, band or versions changed), upsert
 * full rows and update rows where only the chain moved.
 */
export async function writeScores(
  manager: EntityManager,
  organisationId: string,
  rows: readonly ScoreRow[],
  versions: { model: string; reference: string; asOf: string; at: Date },
  onBatch?: (written: number) => Promise<void>,
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `CREATE TEMP TABLE risk_new (
       supplier_id uuid PRIMARY KEY, score smallint, band text, own_score smallint,
       own_factors jsonb, factors_hash text, upstream_score smallint, upstream_supplier_id uuid,
       no_evidence boolean, main_factor text, main_factor_points smallint) ON COMMIT DROP`,
  );
  for (let start = 0; start < rows.length; start += BATCH) {
    await manager.query(
      `INSERT INTO risk_new SELECT * FROM json_to_recordset($1::json) AS r(
         supplier_id uuid, score smallint, band text, own_score smallint, own_factors jsonb,
         factors_hash text, upstream_score smallint, upstream_supplier_id uuid, no_evidence boolean,
         main_factor text, main_factor_points smallint)`,
      [JSON.stringify(rows.slice(start, start + BATCH))],
    );
    await onBatch?.(Math.min(rows.length, start + BATCH));
  }
  const params = [organisationId, versions.model, versions.reference, versions.at, versions.asOf];
  // The main factor is the chain when the exposure adds more than the biggest own factor.
  await manager.query(
    `INSERT INTO site_risk_snapshots (organisation_id, supplier_id, score, band, own_score,
            main_factor, model_version, reference_version, computed_at)
     SELECT $1, n.supplier_id, n.score, n.band, n.own_score,
            CASE WHEN n.score - n.own_score > n.main_factor_points THEN 'chain' ELSE n.main_factor END,
            $2, $3, $4
       FROM risk_new n LEFT JOIN site_risk_scores c ON c.supplier_id = n.supplier_id
      WHERE c.supplier_id IS NULL
         OR (c.score, c.band, c.model_version, c.reference_version)
            IS DISTINCT FROM (n.score, n.band, $2, $3)`,
    params.slice(0, 4),
  );
  await manager.query(
    `INSERT INTO site_risk_scores (organisation_id, supplier_id, score, band, own_score, own_factors,
            factors_hash, upstream_score, upstream_supplier_id, no_evidence, main_factor,
            main_factor_points, model_version, reference_version, as_of, computed_at)
     SELECT $1, n.supplier_id, n.score, n.band, n.own_score, n.own_factors, n.factors_hash,
            n.upstream_score, n.upstream_supplier_id, n.no_evidence, n.main_factor,
            n.main_factor_points, $2, $3, $5::date, $4
       FROM risk_new n WHERE n.own_factors IS NOT NULL
     ON CONFLICT (supplier_id) DO UPDATE SET
            score = EXCLUDED.score, band = EXCLUDED.band, own_score = EXCLUDED.own_score,
            own_factors = EXCLUDED.own_factors, factors_hash = EXCLUDED.factors_hash,
            upstream_score = EXCLUDED.upstream_score,
            upstream_supplier_id = EXCLUDED.upstream_supplier_id,
            no_evidence = EXCLUDED.no_evidence, main_factor = EXCLUDED.main_factor,
            main_factor_points = EXCLUDED.main_factor_points,
            model_version = EXCLUDED.model_version, reference_version = EXCLUDED.reference_version,
            as_of = EXCLUDED.as_of, computed_at = EXCLUDED.computed_at
      WHERE site_risk_scores.organisation_id = EXCLUDED.organisation_id`,
    params,
  );
  await manager.query(
    `UPDATE site_risk_scores c SET score = n.score, band = n.band,
            upstream_score = n.upstream_score, upstream_supplier_id = n.upstream_supplier_id,
            computed_at = $2
       FROM risk_new n
      WHERE c.supplier_id = n.supplier_id AND c.organisation_id = $1 AND n.own_factors IS NULL`,
    [organisationId, versions.at],
  );
}
