import { parseFactorSource } from './describe';
import { BUILT_IN_EDITIONS, buildRiskReference, referenceEditionsOf } from './reference-set';
import { scoreOwnRisk, scoreSite } from './score-site';
import { CLEAN_AUDIT, cleanEngagement, siteInput } from './test-inputs';
import { NO_EVIDENCE, type SiteRiskInput } from './types';

const reference = buildRiskReference(BUILT_IN_EDITIONS);
const assessed: Pick<SiteRiskInput, 'evidence'> = {
  evidence: { ...NO_EVIDENCE, audits: [CLEAN_AUDIT] },
};
const factor = (input: SiteRiskInput, code: string) =>
  scoreOwnRisk(input, reference).factors.find((f) => f.code === code);

describe('scoreOwnRisk', () => {
  it('scores a known, assessed, low-risk site as low, and says why', () => {
    const risk = scoreSite(siteInput(assessed), reference, null);
    expect(risk.band).toBe('low');
    expect(risk.noEvidence).toBe(false);
    expect(risk.factors.find((f) => f.code === 'country')).toMatchObject({
      value: 'Tier 1',
      source: 'us-tip-report@builtin-2025#GB',
    });
    expect(risk.factors.reduce((sum, f) => sum + f.points, 0)).toBe(risk.score);
    expect(risk.referenceVersion).toBe(
      'builtin-2025;builtin-2024;builtin-2024;builtin-2026-11;none',
    );
    expect(referenceEditionsOf(risk.referenceVersion)).toMatchObject({
      'tip-tiers': 'builtin-2025',
      'slavery-index': 'none',
    });
  });

  it('never scores a site with no evidence as low, and says "no evidence"', () => {
    const risk = scoreSite(siteInput(), reference, null);
    expect(risk.band).toBe('medium');
    const visibility = risk.factors.find((f) => f.code === 'visibility');
    expect(visibility?.note).toContain('no evidence');
    expect(visibility?.points).toBeGreaterThan(0);
  });

  it('treats an unranked territory as unknown, not Tier 1', () => {
    const country = factor(siteInput({ ...assessed, country: 'AD' }), 'country');
    expect(country).toMatchObject({ value: null, points: 20 });
    expect(country?.note).toContain('unknown, not Tier 1');
    expect(scoreSite(siteInput({ ...assessed, country: 'AD' }), reference, null).band).not.toBe(
      'low',
    );
  });

  it('flags a manufacturer with no mapped suppliers: sub-tiers unmapped', () => {
    const input = siteInput({
      ...assessed,
      sector: 'apparel_manufacturing',
      upstreamMapped: false,
    });
    expect(factor(input, 'visibility')?.note).toContain('sub-tiers unmapped');
  });

  it('matches products against the DOL list for the site country', () => {
    const cotton = factor(
      siteInput({ country: 'CN', products: 'Cotton yarn, knitted fabric' }),
      'commodity',
    );
    expect(cotton).toMatchObject({ points: 15, value: 'Cotton' });
    expect(cotton?.source).toBe('us-dol-list-of-goods@builtin-2024#Cotton|CN');
    const yarn = factor(siteInput({ country: 'IN', products: 'dyed yarn' }), 'commodity');
    expect(yarn).toMatchObject({ value: 'Thread/Yarn', points: 15 });
    const child = factor(siteInput({ country: 'TR', products: 'hazelnuts' }), 'commodity');
    expect(child).toMatchObject({ value: 'Hazelnuts', points: 8 });
  });

  it('says "not in our data" when the partial DOL extract has no match, rather than "clear"', () => {
    const none = factor(siteInput({ country: 'GB', products: 'office chairs' }), 'commodity');
    expect(none?.points).toBe(0);
    expect(none?.note).toContain('not in our data');
  });

  it('weighs recruitment fees by workers placed', () => {
    const input = siteInput({
      ...assessed,
      engagements: [
        cleanEngagement({ engagementId: 'a', workersPlaced: 90 }),
        cleanEngagement({
          engagementId: 'b',
          workersPlaced: 10,
          feeMonths: 2,
          employerPaysCommitted: false,
          retainsDocuments: true,
        }),
      ],
    });
    const recruitment = factor(input, 'recruitment');
    // a: 0 − 3 → 0; b: 8 + 2×4 + 4 (over one month) + 6 (documents) = 26 → capped 25.
    expect(recruitment?.parts?.map((p) => p.points)).toEqual([0, 25]);
    expect(recruitment?.points).toBe(Math.round(25 * 0.1)); // 2.5 rounds to 3
  });

  it('counts an expired licence by its date, and agency workers with no agency mapped', () => {
    const expired = factor(
      siteInput({ engagements: [cleanEngagement({ licenceExpiresOn: '2026-01-31' })] }),
      'recruitment',
    );
    expect(expired?.parts?.[0].reasons).toContain('licence expired on 2026-01-31');
    const unmapped = factor(
      siteInput({ workforce: { total: 100, migrant: 0, agency: 30 } }),
      'recruitment',
    );
    expect(unmapped).toMatchObject({ points: 8, value: null });
  });

  it('lets an open critical finding put the site in the critical band', () => {
    const risk = scoreSite(
      siteInput({
        evidence: {
          ...NO_EVIDENCE,
          audits: [
            {
              ...CLEAN_AUDIT,
              findings: [
                {
                  id: 'f1',
                  severity: 'critical',
                  indicators: ['retention_of_documents'],
                  closedOn: null,
                },
              ],
            },
          ],
        },
      }),
      reference,
      null,
    );
    expect(risk.band).toBe('critical');
    expect(risk.factors.find((f) => f.code === 'finding_floor')?.source).toBe('finding:f1');
  });

  it('counts old evidence less', () => {
    const withFinding = (completedOn: string) =>
      factor(
        siteInput({
          evidence: {
            ...NO_EVIDENCE,
            audits: [
              {
                id: 'a',
                completedOn,
                findings: [{ id: 'f', severity: 'major', indicators: [], closedOn: '2026-01-01' }],
              },
            ],
          },
        }),
        'findings',
      )?.points;
    expect(withFinding('2026-10-01')).toBe(12);
    expect(withFinding('2025-06-01')).toBe(6);
    expect(withFinding('2020-06-01')).toBe(1);
  });

  it('shows upstream exposure: a clean tier-1 factory buying from a critical spinner', () => {
    const risk = scoreSite(siteInput(assessed), reference, { siteId: 'spinner', score: 88 });
    expect(risk.ownScore).toBeLessThan(30);
    expect(risk.score).toBe(88);
    expect(risk.band).toBe('critical');
    expect(risk.factors.find((f) => f.code === 'chain')).toMatchObject({
      source: 'supplier:spinner',
    });
  });

  it('uses a loaded Global Slavery Index and says when there is none', () => {
    expect(factor(siteInput(), 'slavery_index')?.note).toContain('not loaded');
    const withIndex = buildRiskReference({
      ...BUILT_IN_EDITIONS,
      'slavery-index': {
        editionId: 'test',
        edition: '2023',
        rows: [{ iso2: 'GB', prevalencePer1000: 10, vulnerability: 50, governmentResponse: null }],
      },
    });
    const gsi = scoreOwnRisk(siteInput(), withIndex).factors.find(
      (f) => f.code === 'slavery_index',
    );
    expect(gsi).toMatchObject({ points: 6, value: 10 }); // 4 + 2 (+ response not known)
    expect(gsi?.note).toContain('government response');
  });

  it('is reproducible: the same input gives the same explanation, bit for bit', () => {
    const input = siteInput({
      country: 'MY',
      sector: 'electronics_assembly',
      products: 'electronics',
    });
    expect(JSON.stringify(scoreSite(input, reference, null))).toBe(
      JSON.stringify(
        scoreSite(structuredClone(input), buildRiskReference(BUILT_IN_EDITIONS), null),
      ),
    );
  });
});

describe('parseFactorSource', () => {
  it('reads reference rows and record lists back', () => {
    expect(parseFactorSource('us-tip-report@builtin-2025#GB')).toEqual({
      kind: 'reference',
      table: 'us-tip-report',
      editionId: 'builtin-2025',
      row: 'GB',
    });
    expect(parseFactorSource('finding:a,finding:b')).toEqual({
      kind: 'records',
      records: [
        { type: 'finding', id: 'a' },
        { type: 'finding', id: 'b' },
      ],
    });
    expect(parseFactorSource('')).toEqual({ kind: 'none' });
  });
});
