import fc from 'fast-check';
import { LICENCE_STATUSES } from '../../recruitment/licence';
import { SECTORS } from '../../reference/sectors';
import { ILO_INDICATORS } from '../indicators';
import { TIP_TIER_ROWS } from '../reference/tip-tiers.data';
import { BUILT_IN_EDITIONS, buildRiskReference } from './reference-set';
import { decodeFactors, encodeFactors } from './factor-codec';
import { withSurveyFacts } from './recruitment';
import { ownRiskWithout, scoreOwnRisk, scoreSite, UNSEEN_BY_SUPPLIERS } from './score-site';
import {
  NO_EVIDENCE,
  type EngagementInput,
  type EvidenceInput,
  type FindingSeverity,
  type SiteRiskInput,
} from './types';

const reference = buildRiskReference(BUILT_IN_EDITIONS);
const AS_OF = '2026-11-23';

const date = fc
  .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2027, 5, 1) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const indicator = fc.constantFrom(...ILO_INDICATORS.map((i) => i.code));
const severity = fc.constantFrom<FindingSeverity>('critical', 'major', 'minor', 'observation');

// Few agencies, so that surveys (questionnaires about an agency) often meet its engagements.
const agencyId = fc.constantFrom('agency-a', 'agency-b', 'agency-c');

const engagement: fc.Arbitrary<EngagementInput> = fc.record({
  engagementId: fc.uuid(),
  agencyId,
  workersPlaced: fc.integer({ min: 0, max: 500 }),
  feeMonths: maybe(fc.double({ min: 0, max: 12, noNaN: true })),
  employerPaysCommitted: maybe(fc.boolean()),
  depositRequired: maybe(fc.boolean()),
  loansOffered: maybe(fc.boolean()),
  retainsDocuments: maybe(fc.boolean()),
  contractInWorkerLanguage: maybe(fc.boolean()),
  licenceStatus: fc.constantFrom(...LICENCE_STATUSES),
  licenceExpiresOn: maybe(date),
});

const finding = fc.record({
  id: fc.uuid(),
  severity,
  indicators: fc.array(indicator, { maxLength: 3 }),
  closedOn: maybe(date),
});

const evidence: fc.Arbitrary<EvidenceInput> = fc.record({
  questionnaires: fc.array(
    fc.record({
      id: fc.uuid(),
      submittedOn: date,
      // Half the site's own self-assessments, half surveys of an agency.
      agencyId: fc.oneof(fc.constant(null), agencyId),
      flaggedIndicators: fc.array(indicator, { maxLength: 6 }),
      facts: maybe(
        fc.record({
          // Two decimals, as the questionnaire scorer rounds them.
          feeMonths: maybe(fc.integer({ min: 0, max: 1200 }).map((hundredths) => hundredths / 100)),
          workerPaidFees: maybe(fc.boolean()),
          documentsRetained: maybe(fc.boolean()),
          depositRequired: maybe(fc.boolean()),
          loansOffered: maybe(fc.boolean()),
          contractInWorkerLanguage: maybe(fc.boolean()),
          employerPaysCommitted: maybe(fc.boolean()),
          wagesPaidOnTime: maybe(fc.boolean()),
          migrantShare: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
          agencyShare: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
        }),
      ),
    }),
    { maxLength: 3 },
  ),
  audits: fc.array(
    fc.record({ id: fc.uuid(), completedOn: date, findings: fc.array(finding, { maxLength: 4 }) }),
    { maxLength: 3 },
  ),
  correctiveActions: fc.array(fc.record({ id: fc.uuid(), dueOn: date, closedOn: maybe(date) }), {
    maxLength: 4,
  }),
  grievances: fc.array(
    fc.record({
      id: fc.uuid(),
      receivedOn: date,
      closedOn: maybe(date),
      outcome: maybe(
        fc.constantFrom(
          'substantiated' as const,
          'partly_substantiated' as const,
          'not_substantiated' as const,
          'withdrawn' as const,
        ),
      ),
      indicators: fc.array(indicator, { maxLength: 3 }),
    }),
    {
      maxLength: 4,
    },
  ),
});

const site: fc.Arbitrary<SiteRiskInput> = fc
  .record({
    country: fc.constantFrom(...TIP_TIER_ROWS.map((row) => row.iso2), 'ZZ', ''),
    sector: fc.constantFrom(...SECTORS.map((s) => s.code), 'not_a_sector'),
    products: maybe(
      fc.constantFrom('cotton yarn', 'garments', 'electronics', 'bricks', 'palm fruit', 'chairs'),
    ),
    total: fc.integer({ min: 0, max: 5000 }),
    migrant: fc.double({ min: 0, max: 1, noNaN: true }),
    // Often none: a site without agency workers is where its own self-assessment's fees count.
    agency: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
    engagements: fc.array(engagement, { maxLength: 4 }),
    evidence: fc.oneof(fc.constant(NO_EVIDENCE), evidence),
    upstreamMapped: fc.boolean(),
  })
  .map((r) => ({
    siteId: 'site',
    country: r.country,
    sector: r.sector,
    products: r.products,
    workforce: {
      total: r.total,
      migrant: Math.floor(r.total * r.migrant),
      agency: Math.floor(r.total * r.agency),
    },
    engagements: r.engagements,
    evidence: r.evidence,
    upstreamMapped: r.upstreamMapped,
    asOf: AS_OF,
  }));

const upstream = maybe(
  fc.record({ siteId: fc.constant('upstream'), score: fc.integer({ min: 0, max: 100 }) }),
);
const score = (input: SiteRiskInput, up: { siteId: string; score: number } | null) =>
  scoreSite(input, reference, up);

describe('risk model properties', () => {
  it('keeps every score an integer within 0–100', () => {
    fc.assert(
      fc.property(site, upstream, (input, up) => {
        const risk = score(input, up);
        for (const value of [risk.score, risk.ownScore]) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("adds the explanation's contributions up to the score exactly", () => {
    fc.assert(
      fc.property(site, upstream, (input, up) => {
        const risk = score(input, up);
        expect(risk.factors.every((f) => Number.isInteger(f.points))).toBe(true);
        expect(risk.factors.reduce((sum, f) => sum + f.points, 0)).toBe(risk.score);
      }),
    );
  });

  it('never lowers the score when a recruitment fee is added', () => {
    fc.assert(
      fc.property(
        site.filter((input) => input.engagements.length > 0),
        fc.nat(),
        fc.double({ min: 0.01, max: 6, noNaN: true }),
        upstream,
        (input, pick, added, up) => {
          const index = pick % input.engagements.length;
          // On top of the fee the model used: the recorded one, else the agency survey's.
          const feeUsed = (e: EngagementInput) =>
            withSurveyFacts(e, input.evidence.questionnaires).engagement.feeMonths;
          const engagements = input.engagements.map((e, i) =>
            i === index ? { ...e, feeMonths: (feeUsed(e) ?? 0) + added } : e,
          );
          expect(score({ ...input, engagements }, up).score).toBeGreaterThanOrEqual(
            score(input, up).score,
          );
        },
      ),
    );
  });

  it('never lowers the score when a critical finding is added', () => {
    fc.assert(
      fc.property(
        site,
        finding,
        date,
        fc.nat(),
        upstream,
        (input, added, completedOn, pick, up) => {
          const critical = { ...added, severity: 'critical' as const };
          const audits = input.evidence.audits;
          const withFinding =
            audits.length > 0 && pick % 2 === 0
              ? audits.map((audit, i) =>
                  i === pick % audits.length
                    ? { ...audit, findings: [...audit.findings, critical] }
                    : audit,
                )
              : [...audits, { id: 'new-audit', completedOn, findings: [critical] }];
          const after = score(
            { ...input, evidence: { ...input.evidence, audits: withFinding } },
            up,
          );
          expect(after.score).toBeGreaterThanOrEqual(score(input, up).score);
        },
      ),
    );
  });

  it('never scores low once all data is removed', () => {
    fc.assert(
      fc.property(site, (input) => {
        const stripped: SiteRiskInput = {
          ...input,
          country: '',
          sector: '',
          products: null,
          workforce: { total: 0, migrant: 0, agency: 0 },
          engagements: [],
          evidence: NO_EVIDENCE,
          upstreamMapped: false,
        };
        expect(score(stripped, null).band).not.toBe('low');
      }),
    );
  });

  it('shows a supplier user the score the model gives without grievances, floors and all', () => {
    fc.assert(
      fc.property(site, (input) => {
        const seen = ownRiskWithout(scoreOwnRisk(input, reference), UNSEEN_BY_SUPPLIERS);
        const evidence = { ...input.evidence, grievances: [] };
        expect(seen).toEqual(scoreOwnRisk({ ...input, evidence }, reference));
      }),
    );
  });

  it('never scores low a site with no recent questionnaire or audit', () => {
    fc.assert(
      fc.property(site, upstream, (input, up) => {
        const risk = score({ ...input, evidence: NO_EVIDENCE }, up);
        expect(risk.band).not.toBe('low');
        expect(risk.noEvidence).toBe(true);
      }),
    );
  });
});

describe('stored explanations', () => {
  it('keep sources of a loaded edition and sources of no edition at all', () => {
    const version =
      '0190a0b2-3c4d-7e8f-9a0b-1c2d3e4f5a6b;builtin-2024;builtin-2024;builtin-2026-11;none';
    const factors = [
      {
        code: 'country' as const,
        points: 4,
        value: 'Tier 1',
        source: 'us-tip-report@0190a0b2-3c4d-7e8f-9a0b-1c2d3e4f5a6b#GB',
      },
      {
        code: 'sector' as const,
        points: 4,
        value: 'x',
        source: 'sector-inherent-risk@builtin-2026-11#x',
      },
      { code: 'findings' as const, points: 12, value: 1, source: 'finding:f1', note: 'free text' },
    ];
    const stored = encodeFactors(factors, version);
    expect(stored).toContain('[0,"GB"]');
    expect(decodeFactors(JSON.parse(stored), version)).toEqual(factors);
  });

  it('decode to exactly the factors that were encoded', () => {
    fc.assert(
      fc.property(site, upstream, (input, up) => {
        const factors = score(input, up).factors;
        const stored = encodeFactors(factors, reference.version);
        const decoded = decodeFactors(JSON.parse(stored), reference.version);
        expect(JSON.stringify(decoded)).toBe(JSON.stringify(factors));
        expect(stored.length).toBeLessThan(JSON.stringify(factors).length);
      }),
    );
  });
});
