import { NO_DERIVED_FACTS } from '../../questionnaires/scoring';
import { INDICATOR_CONVERGENCE_POINTS } from './evidence';
import { AGENCY_UNMAPPED_POINTS, FEE_POINTS, PRACTICE_POINTS } from './recruitment';
import { BUILT_IN_EDITIONS, buildRiskReference } from './reference-set';
import { ownRiskWithout, scoreOwnRisk, UNSEEN_BY_SUPPLIERS } from './score-site';
import { CLEAN_AUDIT, cleanEngagement, siteInput } from './test-inputs';
import {
  NO_EVIDENCE,
  type EvidenceInput,
  type QuestionnaireEvidence,
  type QuestionnaireFactsInput,
  type RiskFactor,
  type SiteRiskInput,
} from './types';

const reference = buildRiskReference(BUILT_IN_EDITIONS);
const NO_FACTS: QuestionnaireFactsInput = NO_DERIVED_FACTS;
const questionnaire = (
  id: string,
  agencyId: string | null,
  facts: Partial<QuestionnaireFactsInput> | null,
  submittedOn = '2026-10-01',
): QuestionnaireEvidence => ({
  id,
  submittedOn,
  agencyId,
  flaggedIndicators: [],
  facts: facts === null ? null : { ...NO_FACTS, ...facts },
});
const withEvidence = (evidence: Partial<EvidenceInput>, site: Partial<SiteRiskInput> = {}) =>
  siteInput({ ...site, evidence: { ...NO_EVIDENCE, audits: [CLEAN_AUDIT], ...evidence } });
const factor = (input: SiteRiskInput, code: RiskFactor['code']): RiskFactor => {
  const found = scoreOwnRisk(input, reference).factors.find((f) => f.code === code);
  if (!found) throw new Error(`no ${code} factor`);
  return found;
};

describe('questionnaire facts in the risk model', () => {
  it("answers an engagement's unknowns from the agency's latest survey; what the officer recorded wins", () => {
    const unknown = cleanEngagement({
      feeMonths: null,
      depositRequired: null,
      retainsDocuments: null,
      employerPaysCommitted: null,
      contractInWorkerLanguage: false,
    });
    const before = factor(siteInput({ engagements: [unknown] }), 'recruitment');
    expect(before.parts?.[0].reasons).toContain('fees paid by workers not known');

    const surveys = [
      questionnaire('old-survey', 'agency-1', { feeMonths: 0.5 }, '2025-01-01'),
      questionnaire('survey', 'agency-1', {
        feeMonths: 1.5,
        depositRequired: true,
        documentsRetained: false,
        contractInWorkerLanguage: true,
      }),
      questionnaire('other-agency', 'agency-2', { documentsRetained: true }),
    ];
    const after = factor(
      withEvidence({ questionnaires: surveys }, { engagements: [unknown] }),
      'recruitment',
    );
    const reasons = after.parts?.[0].reasons ?? [];
    expect(reasons).toContain(
      'workers pay 1.5 months of wages in fees (more than one month: serious)',
    );
    expect(reasons).toContain('deposit required');
    expect(reasons).not.toContain("retains workers' identity documents");
    // Recorded "no contract in the worker's language" stands against the survey's yes.
    expect(reasons).toContain("no contract in the worker's language");
    expect(reasons).toContain("unknowns answered by the agency's questionnaire of 2026-10-01");
    expect(after.source).toBe('agency_engagement:eng-1,questionnaire:survey');
    const expected =
      FEE_POINTS.anyFee +
      1.5 * FEE_POINTS.perMonth +
      FEE_POINTS.overOneMonth +
      PRACTICE_POINTS.deposit +
      PRACTICE_POINTS.contractNotInLanguage;
    expect(after.points).toBe(expected);
  });

  it("leaves an engagement alone when the agency's survey has no facts, or is the site's own", () => {
    const unknown = cleanEngagement({ feeMonths: null });
    const plain = factor(siteInput({ engagements: [unknown] }), 'recruitment');
    const noFacts = factor(
      withEvidence(
        {
          questionnaires: [
            questionnaire('s', 'agency-1', null),
            questionnaire('own', null, { feeMonths: 0 }),
          ],
        },
        { engagements: [unknown] },
      ),
      'recruitment',
    );
    expect(noFacts.points).toBe(plain.points);
    expect(noFacts.source).toBe('agency_engagement:eng-1');
  });

  it('counts direct recruitment a site reports in its own self-assessment when it has no agency', () => {
    const input = withEvidence({
      questionnaires: [
        questionnaire('own', null, {
          feeMonths: 1.5,
          documentsRetained: true,
          loansOffered: false,
        }),
      ],
    });
    const recruitment = factor(input, 'recruitment');
    expect(recruitment.points).toBe(
      FEE_POINTS.anyFee +
        1.5 * FEE_POINTS.perMonth +
        FEE_POINTS.overOneMonth +
        PRACTICE_POINTS.documents,
    );
    expect(recruitment.source).toBe('questionnaire:own');
    expect(recruitment.note).toBe(
      "no agencies engaged; self-assessment of 2026-10-01: workers pay 1.5 months of wages in fees (more than one month: serious); retains workers' identity documents",
    );
    // A clean self-assessment, or one that does not say, adds nothing for a site with no agency.
    const clean = withEvidence({
      questionnaires: [questionnaire('own', null, { feeMonths: 0, documentsRetained: false })],
    });
    expect(factor(clean, 'recruitment')).toMatchObject({ points: 0, note: 'no agencies engaged' });
  });

  it("takes the workforce shares from the self-assessment only when the site's record has none", () => {
    const own = questionnaire('own', null, { migrantShare: 60, agencyShare: 40 });
    const unrecorded = withEvidence(
      { questionnaires: [own] },
      { workforce: { total: 0, migrant: 0, agency: 0 } },
    );
    expect(factor(unrecorded, 'workforce')).toMatchObject({
      points: 8,
      value: 0.6,
      source: 'questionnaire:own',
    });
    // Agency workers reported, no agency mapped: the fee practice is unknown, not clean.
    expect(factor(unrecorded, 'recruitment')).toMatchObject({
      points: AGENCY_UNMAPPED_POINTS,
      source: 'questionnaire:own',
    });
    const recorded = withEvidence({ questionnaires: [own] });
    expect(factor(recorded, 'workforce')).toMatchObject({ points: 0, source: '' });
    const half = withEvidence(
      { questionnaires: [questionnaire('own', null, { migrantShare: 60 })] },
      { workforce: { total: 0, migrant: 0, agency: 0 } },
    );
    expect(factor(half, 'workforce').note).toBe(
      'workforce not reported: migrant and agency shares unknown',
    );
  });
});

describe('questionnaire flags from each source', () => {
  const flagged = (
    id: string,
    agencyId: string | null,
    submittedOn: string,
    flaggedIndicators: QuestionnaireEvidence['flaggedIndicators'],
  ): QuestionnaireEvidence => ({
    ...questionnaire(id, agencyId, null, submittedOn),
    flaggedIndicators,
  });

  it("keeps an agency survey's flags when the site later answers its own questionnaire clean", () => {
    const input = withEvidence({
      questionnaires: [
        flagged('survey', 'agency-1', '2026-09-01', ['debt_bondage', 'retention_of_documents']),
        flagged('own', null, '2026-10-01', []),
      ],
    });
    expect(factor(input, 'questionnaire')).toMatchObject({
      points: 8,
      value: 2,
      source: 'questionnaire:own,questionnaire:survey',
      note: 'indicators flagged in the self-assessment of 2026-10-01, an agency survey of 2026-09-01',
    });
  });

  it('lets a later answer from the same source supersede, and counts an indicator once', () => {
    const input = withEvidence({
      questionnaires: [
        flagged('own-old', null, '2026-01-01', ['isolation', 'deception']),
        flagged('own', null, '2026-10-01', ['debt_bondage']),
        flagged('survey', 'agency-1', '2026-09-01', ['debt_bondage']),
      ],
    });
    expect(factor(input, 'questionnaire')).toMatchObject({
      points: 4,
      value: 1,
      source: 'questionnaire:own,questionnaire:survey',
    });
  });
});

describe('audit findings by indicator', () => {
  const audit = (findings: EvidenceInput['audits'][number]['findings']) => ({
    id: 'audit-2',
    completedOn: '2026-09-01',
    findings,
  });
  const minor = (
    id: string,
    indicators: EvidenceInput['audits'][number]['findings'][number]['indicators'],
  ) => ({
    id,
    severity: 'minor' as const,
    indicators,
    closedOn: null,
  });

  it('adds points when several ILO indicators appear together, and names them', () => {
    const one = factor(
      withEvidence({
        audits: [audit([minor('f1', ['debt_bondage']), minor('f2', ['debt_bondage'])])],
      }),
      'findings',
    );
    const two = factor(
      withEvidence({
        audits: [audit([minor('f1', ['debt_bondage']), minor('f2', ['retention_of_documents'])])],
      }),
      'findings',
    );
    expect(two.points - one.points).toBe(INDICATOR_CONVERGENCE_POINTS);
    expect(two.note).toBe(
      `1 audit; old findings count less; ILO indicators in open or recent findings: Retention of identity documents, Debt bondage (2 together: +${INDICATOR_CONVERGENCE_POINTS})`,
    );
    expect(one.note).toContain('ILO indicators in open or recent findings: Debt bondage');
    expect(one.note).not.toContain('together');
  });

  it('leaves out observations and closed findings of old audits', () => {
    const old = {
      id: 'audit-old',
      completedOn: '2021-01-01',
      findings: [{ ...minor('f1', ['isolation']), closedOn: '2021-06-01' }],
    };
    const observation = audit([
      {
        id: 'f2',
        severity: 'observation' as const,
        indicators: ['deception' as const],
        closedOn: null,
      },
      minor('f3', ['debt_bondage']),
    ]);
    const found = factor(withEvidence({ audits: [old, observation] }), 'findings');
    expect(found.note).toContain('ILO indicators in open or recent findings: Debt bondage');
    expect(found.note).not.toContain('Isolation');
    expect(found.note).not.toContain('Deception');
  });
});

describe('ownRiskWithout (what a supplier user is shown)', () => {
  const grievance = {
    id: 'g1',
    receivedOn: '2026-10-01',
    closedOn: null,
    outcome: null,
    indicators: [],
  };

  it('applies the no-evidence floor again instead of subtracting grievance points', () => {
    // No recent questionnaire or audit: floored to medium with or without the open grievance.
    const input = siteInput({ evidence: { ...NO_EVIDENCE, grievances: [grievance] } });
    const own = scoreOwnRisk(input, reference);
    const seen = ownRiskWithout(own, UNSEEN_BY_SUPPLIERS);
    expect(seen.factors.some((f) => f.code === 'grievances')).toBe(false);
    expect(seen.score).toBeGreaterThanOrEqual(30);
    expect(seen.factors.reduce((sum, f) => sum + f.points, 0)).toBe(seen.score);
    expect(seen).toEqual(scoreOwnRisk({ ...input, evidence: NO_EVIDENCE }, reference));
  });

  it('keeps the finding floor', () => {
    const input = withEvidence({
      audits: [
        {
          id: 'a',
          completedOn: '2026-09-01',
          findings: [{ id: 'f', severity: 'critical', indicators: [], closedOn: null }],
        },
      ],
      grievances: [{ ...grievance, outcome: 'substantiated' as const }],
    });
    const seen = ownRiskWithout(scoreOwnRisk(input, reference), UNSEEN_BY_SUPPLIERS);
    const evidence = { ...input.evidence, grievances: [] };
    expect(seen).toEqual(scoreOwnRisk({ ...input, evidence }, reference));
    expect(seen.factors.find((f) => f.code === 'finding_floor')?.note).toBe(
      'open critical finding: at least 75',
    );
  });
});
