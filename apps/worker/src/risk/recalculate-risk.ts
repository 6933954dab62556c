import {
  RISK_MODEL_VERSION,
  bandOf,
  computeChainRisk,
  mainFactor,
  scoreOwnRisk,
} from '@app/domain';
import { loadRiskReference, today } from '@app/persistence';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { writeScores, type ScoreRow } from './score-writer';
import { loadSiteFacts, loadSiteIds, loadSiteLinks } from './site-inputs';

/** What to recalculate: every site, or the sites (and the agencies' sites) that changed. */
export interface RecalculationScope {
  all: boolean;
  supplierIds: ReadonlySet<string>;
  agencyIds: ReadonlySet<string>;
}

export interface RecalculationOutcome {
  sitesTotal: number;
  sitesScored: number;
  sitesChanged: number;
}

export type ProgressReport = (done: number, total: number) => Promise<void>;

interface StoredScore {
  supplier_id: string;
  own_score: number;
  factors_hash: string;
  upstream_score: number | null;
  upstream_supplier_id: string | null;
  no_evidence: boolean;
  main_factor: string;
  main_factor_points: number;
  model_version: string;
  reference_version: string;
}

const PROGRESS_EVERY = 10_000;

/**
 * Brings an organisation's risk up to date: own scores for the sites in scope (plus any never
 * scored, or scored by another model or reference version), then the chain over the whole graph,
 * then writes only what changed. Runs inside the caller's transaction: all of it or none.
 */
export async function recalculateRisk(
  manager: EntityManager,
  organisationId: string,
  scope: RecalculationScope,
  progress: ProgressReport = () => Promise.resolve(),
): Promise<RecalculationOutcome> {
  const reference = await loadRiskReference(manager, organisationId);
  const siteIds = await loadSiteIds(manager, organisationId);
  const indexOf = new Map(siteIds.map((id, index) => [id, index]));
  const links = await loadSiteLinks(manager, organisationId, indexOf);
  const storedRows: StoredScore[] = await manager.query(
    `SELECT supplier_id, own_score, factors_hash, upstream_score, upstream_supplier_id,
            no_evidence, main_factor, main_factor_points, model_version, reference_version
       FROM site_risk_scores WHERE organisation_id = $1`,
    [organisationId],
  );
  const stored = new Map(storedRows.map((row) => [row.supplier_id, row]));

  const targets = scope.all ? null : await sitesInScope(manager, organisationId, scope);
  const isCurrent = (row: StoredScore | undefined): boolean =>
    row !== undefined &&
    row.model_version === RISK_MODEL_VERSION &&
    row.reference_version === reference.version;
  if (targets) for (const id of siteIds) if (!isCurrent(stored.get(id))) targets.add(id);
  const facts = await loadSiteFacts(manager, organisationId, targets ? [...targets] : null);
  const total = siteIds.length;
  await progress(0, total);

  const hasSupplier = new Uint8Array(total);
  for (const buyer of links.buyers) hasSupplier[buyer] = 1;
  const asOf = today();
  const ownScores = new Int16Array(total);
  const recomputed = new Map<
    number,
    Omit<ScoreRow, 'score' | 'band' | 'upstream_score' | 'upstream_supplier_id'>
  >();
  for (let index = 0; index < total; index++) {
    const id = siteIds[index];
    const site = facts.get(id);
    if (!site) {
      ownScores[index] = stored.get(id)?.own_score ?? 0;
      continue;
    }
    const own = scoreOwnRisk(
      { ...site, upstreamMapped: hasSupplier[index] === 1, asOf },
      reference,
    );
    const factorsJson = JSON.stringify(own.factors);
    const main = mainFactor(own.factors);
    ownScores[index] = own.score;
    recomputed.set(index, {
      supplier_id: id,
      own_score: own.score,
      own_factors: own.factors,
      factors_hash: createHash('sha1').update(factorsJson).digest('base64'),
      no_evidence: own.noEvidence,
      main_factor: main?.code ?? 'none',
      main_factor_points: main?.points ?? 0,
    });
    if (recomputed.size % PROGRESS_EVERY === 0) await progress(recomputed.size, total);
  }

  const chain = computeChainRisk({ ownScores, ...links });
  const rows: ScoreRow[] = [];
  for (let index = 0; index < total; index++) {
    const id = siteIds[index];
    const before = stored.get(id);
    const upstreamScore = chain.upstreamScore[index] >= 0 ? chain.upstreamScore[index] : null;
    const upstreamId = upstreamScore === null ? null : siteIds[chain.upstreamSite[index]];
    const own = ownScores[index];
    const score = own + Math.max(0, (upstreamScore ?? 0) - own);
    const chainMoved =
      !before ||
      before.upstream_score !== upstreamScore ||
      before.upstream_supplier_id !== upstreamId;
    const fresh = recomputed.get(index);
    const chainPart = {
      score,
      band: bandOf(score),
      upstream_score: upstreamScore,
      upstream_supplier_id: upstreamId,
    };
    if (fresh) {
      const ownMoved =
        !isCurrent(before) ||
        before?.factors_hash !== fresh.factors_hash ||
        before?.no_evidence !== fresh.no_evidence;
      if (ownMoved || chainMoved) rows.push({ ...fresh, ...chainPart });
    } else if (before && chainMoved) {
      rows.push({
        supplier_id: id,
        own_score: before.own_score,
        own_factors: null,
        factors_hash: null,
        no_evidence: before.no_evidence,
        main_factor: before.main_factor,
        main_factor_points: before.main_factor_points,
        ...chainPart,
      });
    }
  }
  await writeScores(manager, organisationId, rows, {
    model: RISK_MODEL_VERSION,
    reference: reference.version,
    asOf,
    at: new Date(),
  });
  await progress(total, total);
  return { sitesTotal: total, sitesScored: recomputed.size, sitesChanged: rows.length };
}

/** The named sites and those engaged with the named agencies. */
async function sitesInScope(
  manager: EntityManager,
  organisationId: string,
  scope: RecalculationScope,
): Promise<Set<string>> {
  const targets = new Set(scope.supplierIds);
  if (scope.agencyIds.size > 0) {
    const engaged: { supplier_id: string }[] = await manager.query(
      `SELECT DISTINCT supplier_id FROM agency_engagements
        WHERE organisation_id = $1 AND agency_id = ANY($2::uuid[])`,
      [organisationId, [...scope.agencyIds]],
    );
    for (const row of engaged) targets.add(row.supplier_id);
  }
  return targets;
}
