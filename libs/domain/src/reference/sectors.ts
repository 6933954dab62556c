/**
 * Sector taxonomy for supplier sites.
 *
 * Each sector maps to divisions (two-digit codes) of ISIC Rev.4: United Nations Statistics
 * Division, "International Standard Industrial Classification of All Economic Activities,
 * Revision 4", 2008. Several sectors share a division where the risk picture differs within it
 * (crops vs livestock in 01, fish processing inside 10), so a division does not identify a sector.
 *
 * `forcedLabourRiskNoted` records only whether a source says forced labour has been detected most
 * often in the sector (docs/domain.md §4). It is not a weight: weights belong to the risk model.
 */
export const SECTOR_TAXONOMY_VERSION = '2026-11';

export const ISIC_REFERENCE = {
  standard: 'ISIC Rev.4',
  source: 'United Nations Statistics Division',
  edition: '2008',
} as const;

/** Seed 004, the source docs/domain.md §4 names for the sectors where detection is most frequent. */
const ILO_2008 = 'ILO, "ILO action against trafficking in human beings", 2008 (seed 004)';
/** Sectors docs/domain.md §4 adds "by later evidence". */
const LATER = (what: string): string => `docs/domain.md §4, later evidence: ${what}`;

export interface Sector {
  /** snake_case, stable: stored in the database and in risk explanations. */
  readonly code: string;
  readonly name: string;
  readonly isicDivisions: readonly string[];
  readonly description: string;
  readonly forcedLabourRiskNoted: boolean;
  readonly riskSource: string | null;
}

const sector = (
  code: string,
  name: string,
  isicDivisions: string[],
  description: string,
  riskSource: string | null,
): Sector => ({
  code,
  name,
  isicDivisions,
  description,
  forcedLabourRiskNoted: riskSource !== null,
  riskSource,
});

export const SECTORS: readonly Sector[] = [
  // Primary production
  sector(
    'agriculture_crops',
    'Agriculture (crops)',
    ['01'],
    'Growing and harvesting of crops, incl. plantations: cotton, cocoa, palm oil, sugar cane, tea, coffee, fruit and vegetables (ISIC groups 011–013, 016).',
    `${ILO_2008}: agriculture; ${LATER('cotton, cocoa, palm oil')}`,
  ),
  sector(
    'livestock',
    'Livestock',
    ['01'],
    'Raising of animals, dairy, poultry and mixed farming (ISIC groups 014–015).',
    `${ILO_2008}: agriculture`,
  ),
  sector(
    'fishing',
    'Fishing',
    ['03'],
    'Marine and freshwater capture fishing, incl. distant-water fleets (ISIC group 031).',
    `${ILO_2008}: fishing`,
  ),
  sector(
    'aquaculture',
    'Aquaculture',
    ['03'],
    'Fish and shrimp farming, marine and freshwater (ISIC group 032).',
    LATER('seafood'),
  ),
  sector(
    'forestry_logging',
    'Forestry and logging',
    ['02'],
    'Silviculture, logging and gathering of wild forest products.',
    `${ILO_2008}: logging`,
  ),
  sector(
    'mining_quarrying',
    'Mining and quarrying',
    ['05', '06', '07', '08', '09'],
    'Coal, oil and gas, metal ores (incl. artisanal gold, cobalt, tin), stone, sand and other minerals, and mining support services.',
    `${ILO_2008}: mining and quarrying`,
  ),
  // Food, drink and tobacco
  sector(
    'food_processing',
    'Food processing',
    ['10'],
    'Processing of meat, fruit, vegetables, oils, dairy, grain, sugar, cocoa and other foods (ISIC division 10 except class 1020).',
    `${ILO_2008}: food processing`,
  ),
  sector(
    'seafood_processing',
    'Seafood processing',
    ['10'],
    'Processing and preserving of fish, crustaceans and molluscs: peeling sheds, canneries, freezing plants (ISIC class 1020).',
    `${ILO_2008}: fish processing; ${LATER('seafood')}`,
  ),
  sector(
    'beverages',
    'Beverages',
    ['11'],
    'Soft drinks, bottled water, beer, wine and spirits.',
    null,
  ),
  sector(
    'tobacco',
    'Tobacco products',
    ['12'],
    'Manufacture of cigarettes and other tobacco products (leaf growing is agriculture_crops).',
    null,
  ),
  // Textiles, apparel, leather
  sector(
    'textiles',
    'Textiles (spinning, weaving, finishing)',
    ['13'],
    'Spinning, weaving, knitting of fabric, dyeing and finishing, carpets and rugs (ISIC class 1393), home textiles.',
    `${ILO_2008}: textile and garment; ${LATER('carpet weaving')}`,
  ),
  sector(
    'apparel_manufacturing',
    'Apparel and garment manufacturing',
    ['14'],
    'Cut-make-trim of garments, knitwear and accessories, incl. home-based and subcontracted stitching.',
    `${ILO_2008}: textile and garment`,
  ),
  sector(
    'leather_footwear',
    'Leather and footwear',
    ['15'],
    'Tanning and dressing of leather, luggage, handbags, and footwear.',
    null,
  ),
  // Other manufacturing
  sector(
    'wood_products',
    'Wood products',
    ['16'],
    'Sawmilling, plywood, veneer, joinery and other products of wood, cork and straw (furniture excluded).',
    null,
  ),
  sector(
    'paper_packaging',
    'Paper, packaging and printing',
    ['17', '18'],
    'Pulp, paper, paperboard, cartons and other packaging, and printing.',
    null,
  ),
  sector(
    'chemicals',
    'Chemicals and pharmaceuticals',
    ['19', '20', '21'],
    'Refined petroleum products, basic and fine chemicals, fertilisers, cosmetics, detergents and pharmaceuticals.',
    null,
  ),
  sector(
    'rubber_plastics',
    'Rubber and plastics',
    ['22'],
    'Tyres, rubber goods (gloves), plastic parts and plastic packaging. Rubber tapping is agriculture_crops.',
    null,
  ),
  sector(
    'metals',
    'Basic and fabricated metals',
    ['24', '25'],
    'Iron, steel and non-ferrous metal production, casting, and fabricated metal products.',
    null,
  ),
  sector(
    'electronics_assembly',
    'Electronics and electrical equipment',
    ['26', '27'],
    'Components, computers, phones, consumer electronics, solar modules, batteries, cables and electrical equipment, incl. assembly lines.',
    LATER('electronics assembly'),
  ),
  sector(
    'machinery',
    'Machinery and equipment',
    ['28'],
    'Machinery and equipment not elsewhere classified: engines, pumps, agricultural and industrial machinery.',
    null,
  ),
  sector(
    'automotive_parts',
    'Automotive parts and vehicles',
    ['29'],
    'Motor vehicles, bodies, trailers and parts and accessories for them.',
    null,
  ),
  sector('furniture', 'Furniture', ['31'], 'Manufacture of furniture of any material.', null),
  sector(
    'gem_cutting_jewellery',
    'Gem cutting and jewellery',
    ['32'],
    'Cutting and polishing of precious and semi-precious stones, and jewellery making (ISIC class 3211).',
    LATER('gem cutting'),
  ),
  sector(
    'brick_kilns',
    'Brick kilns and building materials',
    ['23'],
    'Bricks, tiles, cement, glass, ceramics and other non-metallic mineral products; brick kilns in particular.',
    LATER('brick kilns'),
  ),
  sector(
    'other_manufacturing',
    'Other manufacturing',
    ['30', '32', '33'],
    'Other transport equipment, toys, sports goods, medical supplies and other manufacturing, and repair and installation of machinery.',
    null,
  ),
  // Construction and services
  sector(
    'construction',
    'Construction',
    ['41', '42', '43'],
    'Construction of buildings, civil engineering and specialised trades (site preparation, installation, finishing).',
    `${ILO_2008}: construction`,
  ),
  sector(
    'logistics_warehousing',
    'Logistics and warehousing',
    ['49', '52', '53'],
    'Road and rail freight, warehousing, distribution centres, port and cargo handling, postal and courier services.',
    null,
  ),
  sector(
    'shipping',
    'Shipping',
    ['50'],
    'Sea, coastal and inland water transport of freight and passengers (fishing vessels are fishing).',
    null,
  ),
  sector(
    'hospitality',
    'Hospitality and tourism',
    ['55', '56', '79'],
    'Hotels and other accommodation, restaurants, catering and canteens, travel agencies and tour operators.',
    `${ILO_2008}: hotels and restaurants, tourism`,
  ),
  sector(
    'entertainment',
    'Entertainment and recreation',
    ['90', '92', '93'],
    'Performing arts, gambling, amusement and recreation venues.',
    `${ILO_2008}: entertainment`,
  ),
  sector(
    'domestic_work',
    'Domestic work',
    ['97'],
    'Households employing domestic personnel: cleaners, carers, cooks, nannies, drivers (incl. staff of executives housed by the company).',
    `${ILO_2008}: domestic work`,
  ),
  sector(
    'cleaning_facility_services',
    'Cleaning and facility services',
    ['81'],
    'Building cleaning, combined facility support, landscaping and pest control.',
    LATER('cleaning services'),
  ),
  sector(
    'security_services',
    'Security services',
    ['80'],
    'Private security guards, patrols, security systems and investigation.',
    LATER('security services'),
  ),
  sector(
    'recruitment_agencies',
    'Recruitment and employment agencies',
    ['78'],
    'Employment placement, temporary staffing and labour supply, incl. labour brokers for migrant workers. The agency risk is assessed on its fee practice and conduct (docs/domain.md §3), not by sector.',
    null,
  ),
  sector(
    'other_services',
    'Other services',
    ['45', '46', '47', '69', '70', '71', '73', '74', '77', '82', '95', '96'],
    'Wholesale and retail trade, professional, administrative and support services, rental, repair and personal services.',
    null,
  ),
];

const BY_CODE: ReadonlyMap<string, Sector> = new Map(SECTORS.map((s) => [s.code, s]));

export function isSectorCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function sectorByCode(code: string): Sector | undefined {
  return BY_CODE.get(code);
}
