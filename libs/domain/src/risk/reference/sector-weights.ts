/**
 * Inherent forced-labour risk of a sector, in points from 0 to SECTOR_WEIGHT_MAX (20), one row per
 * sector of the taxonomy (reference/sectors.ts).
 *
 * The scale is a judgement written for this project from the sources docs/domain.md §4 names, not a
 * measured rate: no source gives a number per sector, and none is invented here.
 *
 * - 18–20: sectors where seed 004 says trafficking for forced labour has been detected most often
 *   AND the work is labour-intensive, relies on temporary or migrant labour and runs through long
 *   subcontracting chains (seed 004: "Industries that rely on cheap and low-skilled migrant labour,
 *   and involve dangerous jobs or complex sub-contracting chains are most at risk").
 * - 14–17: the other sectors named in docs/domain.md §4, either on the ILO 2008 list (seed 004) or
 *   "by later evidence" (electronics assembly, brick kilns, carpet weaving, gem cutting, seafood,
 *   palm oil, cotton, cocoa, security and cleaning services).
 * - 4–10: sectors no source in docs/domain.md §4 names, graded by how labour-intensive the work is
 *   and how much it relies on agency, temporary or migrant workers or isolates them (docs/domain.md
 *   §4: "Labour-intensive work, temporary and migrant labour and long subcontracting chains raise
 *   risk"; seed 001: workers placed by agencies and on temporary contracts are at higher risk).
 * - Never 0: no sector is free of risk, and an unnamed sector is "not named", not "clear".
 *
 * How the points combine with country, commodity and evidence is the risk model's business.
 * An organisation may load its own table (edition-csv.ts, `sector-weights`).
 */
import { SECTORS } from '../../reference/sectors';

export const SECTOR_WEIGHT_MAX = 20;

export interface SectorWeightRow {
  /** A SECTORS code. */
  sector: string;
  /** Inherent-risk points, an integer from 0 to SECTOR_WEIGHT_MAX. */
  weight: number;
  /** Why this weight, in a sentence or two (shown in risk explanations). */
  reasoning: string;
  /** What the weight rests on. */
  source: string;
}

export const SECTOR_WEIGHTS_REFERENCE = {
  id: 'sector-inherent-risk',
  title: 'Inherent forced-labour risk by sector (points 0–20)',
  edition: '2026-11',
  licence: 'written for this project (same licence as the code)',
  coverage:
    `One weight per sector of the taxonomy (${SECTORS.length} sectors). A judgement from the ` +
    'sectors docs/domain.md §4 and seed 004 name, not a measured rate; sectors no source names ' +
    'carry a lower baseline, never 0.',
} as const;

const NOT_NAMED = 'no source in docs/domain.md §4 names this sector';

/** The sector's own risk source from the taxonomy: the one docs/domain.md §4 gives for it. */
const named = (code: string): string =>
  SECTORS.find((sector) => sector.code === code)?.riskSource ?? NOT_NAMED;

const baseline = (what: string): string => `${NOT_NAMED}; baseline for ${what}`;
/** Seed 004 on labour-intensive manufacturing, as a pull for cheap labour (not a detection list). */
const LABOUR_INTENSIVE_MANUFACTURING =
  'seed 004 names "labour-intensive manufacturing" among sectors where demand for cheap, ' +
  'low-skilled labour acts as a pull factor';
/** docs/domain.md §4 citing seed 001. */
const AGENCY_AND_TEMPORARY =
  'docs/domain.md §4 (seed 001): workers placed by agencies and on temporary contracts are at higher risk';

const row = (
  sector: string,
  weight: number,
  reasoning: string,
  source: string,
): SectorWeightRow => ({
  sector,
  weight,
  reasoning,
  source,
});

export const SECTOR_WEIGHT_ROWS: readonly SectorWeightRow[] = [
  // Primary production
  row(
    'agriculture_crops',
    20,
    'Detected most often, and named again and again in seed 004 as labour-intensive work relying on temporary and migrant labour; cotton, cocoa and palm oil are later evidence.',
    named('agriculture_crops'),
  ),
  row(
    'livestock',
    15,
    'Agriculture is on the ILO 2008 list; weighted below crops because the later-evidence commodities (cotton, cocoa, palm oil) are crops.',
    named('livestock'),
  ),
  row(
    'fishing',
    19,
    'On the ILO 2008 list, and one of the four sectors of the seed 004 demand study (with fish processing); crews at sea, often migrant, are isolated from inspection and help.',
    named('fishing'),
  ),
  row(
    'aquaculture',
    16,
    'Seafood is named by later evidence; farm and pond work is labour-intensive, below capture fishing because workers are not isolated at sea.',
    named('aquaculture'),
  ),
  row(
    'forestry_logging',
    17,
    'Logging is on the ILO 2008 list; work is dangerous and done at remote sites far from inspection.',
    named('forestry_logging'),
  ),
  row(
    'mining_quarrying',
    18,
    'Mining is on the ILO 2008 list; dangerous work, and the sector includes artisanal mining (gold, cobalt, tin).',
    named('mining_quarrying'),
  ),
  // Food, drink and tobacco
  row(
    'food_processing',
    17,
    'On the ILO 2008 list, and named by seed 004 among sectors where demand for cheap, low-skilled labour pulls in migrant workers.',
    named('food_processing'),
  ),
  row(
    'seafood_processing',
    18,
    'Fish processing is on the ILO 2008 list and in the seed 004 demand study, and seafood is later evidence; peeling sheds and canneries are labour-intensive and use migrant workers.',
    named('seafood_processing'),
  ),
  row(
    'beverages',
    6,
    'Bottling and brewing are mostly mechanised; risk in the crops behind them is scored through the crop sector and commodity listings.',
    baseline('manufacturing that is not labour-intensive'),
  ),
  row(
    'tobacco',
    7,
    'Manufacture of tobacco products; leaf growing, where the labour is, belongs to agriculture_crops.',
    baseline('manufacturing that is not labour-intensive'),
  ),
  // Textiles, apparel, leather
  row(
    'textiles',
    16,
    'Textile and garment is on the ILO 2008 list and carpet weaving is later evidence; mills are less labour-intensive than garment making.',
    named('textiles'),
  ),
  row(
    'apparel_manufacturing',
    18,
    'Textile and garment is on the ILO 2008 list; cut-make-trim is labour-intensive and runs through subcontracted and home-based stitching.',
    named('apparel_manufacturing'),
  ),
  row(
    'leather_footwear',
    10,
    'Labour-intensive manufacturing close to garment making (tanning, stitching), but not named in docs/domain.md §4.',
    `${baseline('labour-intensive manufacturing')}; ${LABOUR_INTENSIVE_MANUFACTURING}`,
  ),
  // Other manufacturing
  row(
    'wood_products',
    8,
    'Sawmilling and joinery next to logging; less labour-intensive and less remote than logging itself.',
    baseline('manufacturing'),
  ),
  row(
    'paper_packaging',
    5,
    'Mostly mechanised, capital-intensive production.',
    baseline('capital-intensive manufacturing'),
  ),
  row(
    'chemicals',
    4,
    'Capital-intensive process industry with a small, skilled workforce; the lowest baseline, not zero.',
    baseline('capital-intensive manufacturing'),
  ),
  row(
    'rubber_plastics',
    8,
    'Includes labour-intensive goods such as rubber gloves and parts moulding; rubber tapping is agriculture_crops.',
    `${baseline('manufacturing with labour-intensive lines')}; ${LABOUR_INTENSIVE_MANUFACTURING}`,
  ),
  row(
    'metals',
    6,
    'Smelting and fabrication are mostly capital-intensive; small foundries and fabrication shops are more labour-intensive.',
    baseline('manufacturing'),
  ),
  row(
    'electronics_assembly',
    15,
    'Electronics assembly is named by later evidence; assembly lines are labour-intensive and can depend on migrant workers recruited through agencies.',
    named('electronics_assembly'),
  ),
  row(
    'machinery',
    5,
    'Mostly skilled, capital-intensive engineering work.',
    baseline('capital-intensive manufacturing'),
  ),
  row(
    'automotive_parts',
    6,
    'Mostly automated production, with labour-intensive lower tiers (wiring harnesses, trim).',
    baseline('manufacturing'),
  ),
  row(
    'furniture',
    8,
    'Labour-intensive workshops using wood from higher-risk logging and sawmilling.',
    `${baseline('labour-intensive manufacturing')}; ${LABOUR_INTENSIVE_MANUFACTURING}`,
  ),
  row(
    'gem_cutting_jewellery',
    15,
    'Gem cutting is named by later evidence; cutting and polishing are manual, often in small workshops.',
    named('gem_cutting_jewellery'),
  ),
  row(
    'brick_kilns',
    16,
    'Brick kilns are named by later evidence and are labour-intensive; the sector also holds less labour-intensive building materials (cement, glass), hence not higher.',
    named('brick_kilns'),
  ),
  row(
    'other_manufacturing',
    8,
    'Mixed: toys, sports goods and medical supplies include labour-intensive assembly.',
    `${baseline('manufacturing with labour-intensive lines')}; ${LABOUR_INTENSIVE_MANUFACTURING}`,
  ),
  // Construction and services
  row(
    'construction',
    20,
    'Detected most often, and named again and again in seed 004: labour-intensive, relying on temporary and migrant workers, with long subcontracting chains.',
    named('construction'),
  ),
  row(
    'logistics_warehousing',
    9,
    'Warehousing and cargo handling often use temporary and agency workers.',
    `${baseline('services using agency and temporary labour')}; ${AGENCY_AND_TEMPORARY}`,
  ),
  row(
    'shipping',
    10,
    'Crews at sea are isolated for long periods (isolation is an ILO indicator) and are often recruited through manning agencies.',
    `${baseline('work that isolates migrant workers')}; ${AGENCY_AND_TEMPORARY}`,
  ),
  row(
    'hospitality',
    16,
    'Hotels, restaurants and tourism are on the ILO 2008 list, and seed 004 country assessments of migrant destinations found forced labour in restaurants; seasonal, low-paid work.',
    named('hospitality'),
  ),
  row(
    'entertainment',
    15,
    'On the ILO 2008 list; seed 004 names it among the less regulated sectors where migrant women find work.',
    named('entertainment'),
  ),
  row(
    'domestic_work',
    20,
    'On the ILO 2008 list and named again and again in seed 004; workers, often migrant and live-in, are isolated in private households out of sight of inspection.',
    named('domestic_work'),
  ),
  row(
    'cleaning_facility_services',
    15,
    'Cleaning services are named by later evidence; outsourced, low-paid work, often through agencies and subcontractors.',
    named('cleaning_facility_services'),
  ),
  row(
    'security_services',
    14,
    'Security services are named by later evidence; long shifts, with guards often supplied through contractors.',
    named('security_services'),
  ),
  row(
    'recruitment_agencies',
    10,
    'Labour supply places agency and temporary workers, who are at higher risk; the agency itself is scored on its fee practice and conduct (docs/domain.md §3), so the sector weight stays a baseline.',
    `${baseline('labour supply')}; ${AGENCY_AND_TEMPORARY}`,
  ),
  row(
    'other_services',
    4,
    'Trade, professional, administrative and personal services: mostly not labour-intensive; the lowest baseline, not zero.',
    baseline('other work'),
  ),
];
