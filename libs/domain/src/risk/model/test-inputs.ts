import { NO_EVIDENCE, type EngagementInput, type SiteRiskInput } from './types';

/** A site as the tests start from: known country and sector, nothing else. */
export function siteInput(overrides: Partial<SiteRiskInput> = {}): SiteRiskInput {
  return {
    siteId: 'site-1',
    country: 'GB',
    sector: 'other_services',
    products: null,
    workforce: { total: 100, migrant: 0, agency: 0 },
    engagements: [],
    evidence: NO_EVIDENCE,
    upstreamMapped: true,
    asOf: '2026-11-23',
    ...overrides,
  };
}

/** A clean engagement: licensed agency, Employer Pays, no fees, every question answered well. */
export function cleanEngagement(overrides: Partial<EngagementInput> = {}): EngagementInput {
  return {
    engagementId: 'eng-1',
    agencyId: 'agency-1',
    workersPlaced: 10,
    feeMonths: 0,
    employerPaysCommitted: true,
    depositRequired: false,
    loansOffered: false,
    retainsDocuments: false,
    contractInWorkerLanguage: true,
    licenceStatus: 'licensed',
    licenceExpiresOn: null,
    ...overrides,
  };
}

/** A recent audit with no findings: the site counts as assessed. */
export const CLEAN_AUDIT = { id: 'audit-1', completedOn: '2026-06-01', findings: [] };
