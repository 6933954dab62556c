import { BAND_FLOORS, bandOf } from './bands';
import { evidenceFactors } from './evidence';
import { inherentFactors, needsUpstreamMapping } from './inherent';
import { recruitmentFactor } from './recruitment';
import type { RiskReference } from './reference-set';
import {
  RISK_MODEL_VERSION,
  type OwnRisk,
  type RiskFactor,
  type SiteRisk,
  type SiteRiskInput,
} from './types';

/** What findings impose on the own score, whatever else the site scores. */
export const FINDING_FLOORS = {
  openCritical: BAND_FLOORS.critical,
  recentCritical: BAND_FLOORS.high,
  major: BAND_FLOORS.medium,
};
/** Unknown is never low: a site the model cannot see scores at least medium. */
export const VISIBILITY_FLOOR = BAND_FLOORS.medium;

const sum = (factors: readonly RiskFactor[]): number =>
  factors.reduce((total, factor) => total + factor.points, 0);

/**
 * A site's own risk: inherent + recruitment + evidence points, kept within 0–100, then raised to
 * the floors that apply (unknowns, findings). Each adjustment is a factor of its own, so the
 * points of the explanation always add up to the score.
 */
export function scoreOwnRisk(input: SiteRiskInput, reference: RiskReference): OwnRisk {
  const inherent = inherentFactors(input, reference);
  const evidence = evidenceFactors(input.evidence, input.asOf, FINDING_FLOORS);
  const unknowns = [...inherent.unknowns];
  if (evidence.noRecentEvidence)
    unknowns.push('no evidence: no questionnaire or audit in the last two years');
  if (needsUpstreamMapping(input.sector) && !input.upstreamMapped)
    unknowns.push('sub-tiers unmapped: none of its suppliers is mapped');
  return settle(
    input.siteId,
    [...inherent.factors, recruitmentFactor(input), ...evidence.factors],
    unknowns.length > 0 ? unknowns.join('; ') : null,
    evidence.findingFloor,
    evidence.noRecentEvidence,
  );
}

/**
 * Left out of what a supplier user sees of its own site, score included: grievances (a change in
 * the score would tell the site that a worker spoke up).
 */
export const UNSEEN_BY_SUPPLIERS: ReadonlySet<RiskFactor['code']> = new Set(['grievances']);

/** Factors that `settle` adds; everything else is a scored input. */
const ADJUSTMENTS = new Set<RiskFactor['code']>(['bounds', 'visibility', 'finding_floor', 'chain']);

/**
 * The own risk as it is without the factors named (e.g. grievances, which a supplier user never
 * sees): bounds and floors are applied again to what is left, so the score is the one the model
 * gives without them, and the points still add up.
 */
export function ownRiskWithout(own: OwnRisk, left: ReadonlySet<RiskFactor['code']>): OwnRisk {
  const visibility = own.factors.find((factor) => factor.code === 'visibility');
  const floor = own.factors.find((factor) => factor.code === 'finding_floor');
  return settle(
    own.siteId,
    own.factors.filter((factor) => !ADJUSTMENTS.has(factor.code) && !left.has(factor.code)),
    visibility?.note ?? null,
    floor
      ? {
          score: Number(floor.value),
          reason: (floor.note ?? '').replace(/: at least \d+$/, ''),
          source: floor.source,
        }
      : { score: 0, reason: '', source: '' },
    own.noEvidence,
  );
}

/** Sum, kept within 0–100, then raised to the visibility and finding floors, each a factor. */
function settle(
  siteId: string,
  scored: RiskFactor[],
  unknowns: string | null,
  findingFloor: { score: number; reason: string; source: string },
  noEvidence: boolean,
): OwnRisk {
  const factors = [...scored];
  const raw = sum(factors);
  const bounded = Math.max(0, Math.min(100, raw));
  if (bounded !== raw)
    factors.push({
      code: 'bounds',
      points: bounded - raw,
      value: raw,
      source: '',
      note: raw > 100 ? 'capped at 100' : 'raised to 0',
    });

  const visibilityFloor = unknowns !== null ? VISIBILITY_FLOOR : 0;
  const floor = Math.max(visibilityFloor, findingFloor.score);
  const uplift = Math.max(0, floor - bounded);
  const findingBinds = findingFloor.score >= visibilityFloor && findingFloor.score > 0;
  if (unknowns !== null)
    factors.push({
      code: 'visibility',
      points: findingBinds ? 0 : uplift,
      value: unknowns.split('; ').length,
      source: '',
      note: unknowns,
    });
  if (findingBinds)
    factors.push({
      code: 'finding_floor',
      points: uplift,
      value: findingFloor.score,
      source: findingFloor.source,
      note: `${findingFloor.reason}: at least ${findingFloor.score}`,
    });
  return { siteId, score: bounded + uplift, factors, noEvidence };
}

/**
 * The site's score: its own, raised to the highest own score among its upstream suppliers (a clean
 * tier-1 factory buying from a critical tier-3 spinner shows that exposure).
 */
export function withChainRisk(
  own: OwnRisk,
  upstream: { siteId: string; score: number } | null,
  context: { referenceVersion: string; asOf: string },
): SiteRisk {
  const factors = [...own.factors];
  const exposure = upstream ? Math.max(0, upstream.score - own.score) : 0;
  if (upstream)
    factors.push({
      code: 'chain',
      points: exposure,
      value: upstream.score,
      source: `supplier:${upstream.siteId}`,
      note:
        exposure > 0
          ? 'an upstream supplier scores higher than this site'
          : 'no upstream supplier scores higher than this site',
    });
  const score = own.score + exposure;
  return {
    siteId: own.siteId,
    score,
    band: bandOf(score),
    ownScore: own.score,
    upstreamScore: upstream?.score ?? null,
    upstreamSiteId: upstream?.siteId ?? null,
    factors,
    noEvidence: own.noEvidence,
    modelVersion: RISK_MODEL_VERSION,
    referenceVersion: context.referenceVersion,
    asOf: context.asOf,
  };
}

/** Own risk and chain in one call, for a site whose upstream maximum is already known. */
export function scoreSite(
  input: SiteRiskInput,
  reference: RiskReference,
  upstream: { siteId: string; score: number } | null,
): SiteRisk {
  return withChainRisk(scoreOwnRisk(input, reference), upstream, {
    referenceVersion: reference.version,
    asOf: input.asOf,
  });
}
