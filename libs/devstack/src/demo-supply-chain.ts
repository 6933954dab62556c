import { computeFeeBurden } from '@app/domain';
import {
  AgencyEngagement,
  FxRateRecord,
  RecruitmentAgency,
  ReportingCompany,
  Supplier,
  SupplyLink,
} from '@app/persistence';
import type { EntityManager } from 'typeorm';

/**
 * The demo's apparel chain: a UK brand, tier-1 garment factories, tier-2 fabric mills and dye
 * houses, tier-3 spinners and gins, across countries with very different risk. Figures are
 * illustrative (no real company is meant); workforce numbers are counts, not people.
 */
export const DEMO_COMPANY = {
  name: 'Northwind Apparel UK Ltd',
  registrationNumber: '09876543',
  hqCountry: 'GB',
  sector: 'apparel_manufacturing',
  annualTurnoverMinor: 14_500_000_000, // £145m in pence
  turnoverCurrency: 'GBP',
  financialYearEndMonth: 3,
  financialYearEndDay: 31,
};

type Site = Pick<
  Supplier,
  'externalId' | 'name' | 'address' | 'country' | 'sector' | 'products' | 'hsCode'
> &
  Pick<
    Supplier,
    'workforceTotal' | 'workforceMigrant' | 'workforceFemale' | 'workforceAgency' | 'contactEmail'
  >;

const site = (
  s: Partial<Site> & Pick<Site, 'externalId' | 'name' | 'country' | 'sector'>,
): Site => ({
  address: null,
  products: null,
  hsCode: null,
  workforceTotal: 0,
  workforceMigrant: 0,
  workforceFemale: 0,
  workforceAgency: 0,
  contactEmail: null,
  ...s,
});

export const DEMO_SITES: Site[] = [
  // Tier 1: garment factories
  site({
    externalId: 'NW-VN-001',
    name: 'Saigon Stitch Garment Co.',
    address: 'Tan Thuan EPZ, District 7, Ho Chi Minh City',
    country: 'VN',
    sector: 'apparel_manufacturing',
    products: 'Knitted T-shirts and polo shirts',
    hsCode: '6109',
    workforceTotal: 850,
    workforceMigrant: 310,
    workforceFemale: 640,
    workforceAgency: 120,
    contactEmail: 'compliance@saigonstitch.example',
  }),
  site({
    externalId: 'NW-BD-002',
    name: 'Dhaka Knitwear Ltd',
    address: 'Ashulia, Savar, Dhaka',
    country: 'BD',
    sector: 'apparel_manufacturing',
    products: 'Jersey tops, sweatshirts',
    hsCode: '6110',
    workforceTotal: 2400,
    workforceMigrant: 0,
    workforceFemale: 1680,
    workforceAgency: 0,
  }),
  site({
    externalId: 'NW-MY-003',
    name: 'Klang Valley Apparel Sdn Bhd',
    address: 'Shah Alam, Selangor',
    country: 'MY',
    sector: 'apparel_manufacturing',
    products: 'Sportswear',
    hsCode: '6211',
    workforceTotal: 1100,
    workforceMigrant: 720,
    workforceFemale: 560,
    workforceAgency: 410,
  }),
  site({
    externalId: 'NW-TR-004',
    name: 'Anatolia Denim Tekstil A.S.',
    address: 'Organize Sanayi Bolgesi, Denizli',
    country: 'TR',
    sector: 'apparel_manufacturing',
    products: 'Denim jeans',
    hsCode: '6203',
    workforceTotal: 600,
    workforceMigrant: 90,
    workforceFemale: 250,
    workforceAgency: 40,
  }),
  site({
    externalId: 'NW-GB-005',
    name: 'Midlands Garments Ltd',
    address: 'Leicester',
    country: 'GB',
    sector: 'apparel_manufacturing',
    products: 'Short-run dresses',
    hsCode: '6204',
    workforceTotal: 120,
    workforceMigrant: 70,
    workforceFemale: 95,
    workforceAgency: 35,
  }),
  // Tier 2: fabric mills, dye houses
  site({
    externalId: 'NW-VN-101',
    name: 'Dong Nai Textile Mill',
    address: 'Bien Hoa, Dong Nai',
    country: 'VN',
    sector: 'textiles',
    products: 'Cotton jersey fabric',
    hsCode: '6006',
    workforceTotal: 1300,
    workforceMigrant: 400,
    workforceFemale: 700,
    workforceAgency: 150,
  }),
  site({
    externalId: 'NW-BD-102',
    name: 'Chattogram Fabrics Ltd',
    address: 'Chattogram EPZ',
    country: 'BD',
    sector: 'textiles',
    products: 'Knitted fabric, dyeing',
    hsCode: '6006',
    workforceTotal: 900,
    workforceFemale: 300,
  }),
  site({
    externalId: 'NW-TR-103',
    name: 'Bursa Weaving and Dyeing',
    address: 'Bursa',
    country: 'TR',
    sector: 'textiles',
    products: 'Denim fabric',
    hsCode: '5209',
    workforceTotal: 450,
    workforceMigrant: 60,
    workforceFemale: 120,
  }),
  site({
    externalId: 'NW-IN-104',
    name: 'Tiruppur Yarn Processing',
    address: 'Tiruppur, Tamil Nadu',
    country: 'IN',
    sector: 'textiles',
    products: 'Yarn dyeing, spinning',
    hsCode: '5205',
    workforceTotal: 700,
    workforceMigrant: 380,
    workforceFemale: 520,
    workforceAgency: 200,
  }),
  // Tier 3: spinners, gins, raw cotton
  site({
    externalId: 'NW-UZ-201',
    name: 'Fergana Valley Cotton Spinning',
    address: 'Fergana',
    country: 'UZ',
    sector: 'textiles',
    products: 'Cotton yarn',
    hsCode: '5205',
    workforceTotal: 540,
    workforceFemale: 300,
  }),
  site({
    externalId: 'NW-TM-202',
    name: 'Dashoguz Cotton Ginnery',
    address: 'Dashoguz',
    country: 'TM',
    sector: 'agriculture_crops',
    products: 'Ginned cotton',
    hsCode: '5201',
    workforceTotal: 210,
  }),
  site({
    externalId: 'NW-IN-203',
    name: 'Saurashtra Cotton Gin',
    address: 'Rajkot, Gujarat',
    country: 'IN',
    sector: 'agriculture_crops',
    products: 'Ginned cotton',
    hsCode: '5201',
    workforceTotal: 160,
    workforceMigrant: 120,
    workforceAgency: 80,
  }),
  // Not yet linked: shows as "unmapped" (never low risk)
  site({
    externalId: 'NW-CN-301',
    name: 'Ningbo Trims and Accessories',
    address: 'Ningbo, Zhejiang',
    country: 'CN',
    sector: 'apparel_manufacturing',
    products: 'Buttons, zips',
    workforceTotal: 300,
  }),
];

/** [buyer, supplier] by external id; 'COMPANY' is the reporting company. */
export const DEMO_LINKS: [string, string, string][] = [
  ['COMPANY', 'NW-VN-001', 'T-shirts'],
  ['COMPANY', 'NW-BD-002', 'Knitwear'],
  ['COMPANY', 'NW-MY-003', 'Sportswear'],
  ['COMPANY', 'NW-TR-004', 'Denim jeans'],
  ['COMPANY', 'NW-GB-005', 'Dresses'],
  ['NW-VN-001', 'NW-VN-101', 'Cotton jersey'],
  ['NW-BD-002', 'NW-BD-102', 'Knitted fabric'],
  ['NW-MY-003', 'NW-VN-101', 'Cotton jersey'],
  ['NW-TR-004', 'NW-TR-103', 'Denim fabric'],
  ['NW-GB-005', 'NW-TR-103', 'Denim fabric'],
  ['NW-VN-101', 'NW-UZ-201', 'Cotton yarn'],
  ['NW-BD-102', 'NW-IN-104', 'Dyed yarn'],
  ['NW-IN-104', 'NW-IN-203', 'Ginned cotton'],
  ['NW-TR-103', 'NW-UZ-201', 'Cotton yarn'],
  ['NW-UZ-201', 'NW-TM-202', 'Ginned cotton'],
];

/** Inserts the chain; returns the site ids by external id. Tiers are computed by the worker. */
export async function seedDemoSupplyChain(
  manager: EntityManager,
  organisationId: string,
): Promise<Map<string, string>> {
  const company = await manager.save(
    manager.create(ReportingCompany, { ...DEMO_COMPANY, organisationId }),
  );
  const ids = new Map<string, string>([['COMPANY', company.id]]);
  for (const s of DEMO_SITES) {
    const saved = await manager.save(
      manager.create(Supplier, { ...s, organisationId, status: 'active', tier: null }),
    );
    ids.set(s.externalId!, saved.id);
  }
  for (const [buyer, supplier, commodity] of DEMO_LINKS) {
    await manager.save(
      manager.create(SupplyLink, {
        organisationId,
        buyerCompanyId: buyer === 'COMPANY' ? company.id : null,
        buyerSupplierId: buyer === 'COMPANY' ? null : ids.get(buyer)!,
        supplierId: ids.get(supplier)!,
        commodity,
      }),
    );
  }
  for (const rate of DEMO_FX_RATES)
    await manager.save(manager.create(FxRateRecord, { ...rate, organisationId }));
  const today = new Date().toISOString().slice(0, 10);
  for (const agency of DEMO_AGENCIES) {
    const saved = await manager.save(
      manager.create(RecruitmentAgency, { ...agency, organisationId, status: 'active' }),
    );
    for (const [agencyId, site, origin, destination, workers, wage, currency] of DEMO_ENGAGEMENTS) {
      if (agencyId !== agency.externalId) continue;
      const engagement = { monthlyWageMinor: wage, wageCurrency: currency };
      await manager.save(
        manager.create(AgencyEngagement, {
          organisationId,
          agencyId: saved.id,
          supplierId: ids.get(site)!,
          originCountry: origin,
          destinationCountry: destination,
          workersPlaced: workers,
          ...engagement,
          ...computeFeeBurden(agency.feesChargedToWorkers, engagement, DEMO_FX_RATES, today),
        }),
      );
    }
  }
  return ids;
}

/** Illustrative exchange rates for the demo (not market data): quote units per one base unit. */
export const DEMO_FX_RATES = [
  {
    base: 'USD',
    quote: 'MYR',
    rate: '4.45',
    validOn: '2026-10-01',
    source: 'Demo rate (illustrative)',
  },
  {
    base: 'USD',
    quote: 'NPR',
    rate: '134.20',
    validOn: '2026-10-01',
    source: 'Demo rate (illustrative)',
  },
  {
    base: 'USD',
    quote: 'BDT',
    rate: '119.50',
    validOn: '2026-10-01',
    source: 'Demo rate (illustrative)',
  },
  {
    base: 'USD',
    quote: 'INR',
    rate: '84.10',
    validOn: '2026-10-01',
    source: 'Demo rate (illustrative)',
  },
  // Direct rates to the wage currency: the fee maths uses direct or inverse rates, not cross rates.
  {
    base: 'MYR',
    quote: 'NPR',
    rate: '30.16',
    validOn: '2026-10-01',
    source: 'Demo rate (illustrative)',
  },
  {
    base: 'MYR',
    quote: 'BDT',
    rate: '26.85',
    validOn: '2026-10-01',
    source: 'Demo rate (illustrative)',
  },
];

/**
 * Agencies on the demo's migration corridors: one charging workers heavily (debt-bondage risk),
 * one charging a little, one committed to the Employer Pays Principle. Illustrative, not real.
 */
export const DEMO_AGENCIES = [
  {
    externalId: 'AG-NP-01',
    name: 'Everest Overseas Manpower (demo)',
    licenceNumber: '0412/071/72',
    licensingCountry: 'NP',
    licenceStatus: 'licensed' as const,
    licenceExpiresOn: '2027-03-31',
    countriesOfOperation: ['NP', 'MY'],
    employerPaysCommitted: false,
    feesChargedToWorkers: [
      { category: 'recruitment_service', amountMinor: 18_000_000, currency: 'NPR' },
      { category: 'documents', amountMinor: 3_500_000, currency: 'NPR' },
      { category: 'medical', amountMinor: 1_200_000, currency: 'NPR' },
    ],
    depositRequired: true,
    depositAmountMinor: 5_000_000,
    depositCurrency: 'NPR',
    loansOffered: true,
    loanInterestRatePercent: '36.00',
    retainsDocuments: true,
    contractInWorkerLanguage: false,
  },
  {
    externalId: 'AG-BD-02',
    name: 'Padma Recruiting Agency (demo)',
    licenceNumber: 'RL-1187',
    licensingCountry: 'BD',
    licenceStatus: 'expired' as const,
    licenceExpiresOn: '2026-06-30',
    countriesOfOperation: ['BD', 'MY'],
    employerPaysCommitted: false,
    feesChargedToWorkers: [{ category: 'travel', amountMinor: 3_000_000, currency: 'BDT' }],
    depositRequired: false,
    depositAmountMinor: null,
    depositCurrency: null,
    loansOffered: false,
    loanInterestRatePercent: null,
    retainsDocuments: false,
    contractInWorkerLanguage: true,
  },
  {
    externalId: 'AG-IN-03',
    name: 'Fair Hire Tamil Nadu (demo)',
    licenceNumber: 'TN-RA-5521',
    licensingCountry: 'IN',
    licenceStatus: 'licensed' as const,
    licenceExpiresOn: '2028-01-31',
    countriesOfOperation: ['IN'],
    employerPaysCommitted: true,
    feesChargedToWorkers: [],
    depositRequired: false,
    depositAmountMinor: null,
    depositCurrency: null,
    loansOffered: false,
    loanInterestRatePercent: null,
    retainsDocuments: false,
    contractInWorkerLanguage: true,
  },
];

/** [agency external id, site external id, origin, destination, workers placed, monthly wage minor, wage currency] */
export const DEMO_ENGAGEMENTS: [string, string, string, string, number, number, string][] = [
  ['AG-NP-01', 'NW-MY-003', 'NP', 'MY', 380, 170_000, 'MYR'],
  ['AG-BD-02', 'NW-MY-003', 'BD', 'MY', 210, 170_000, 'MYR'],
  ['AG-IN-03', 'NW-IN-104', 'IN', 'IN', 200, 1_250_000, 'INR'],
];
