import { DOL_DOWNSTREAM_ROWS, DOL_GOOD_ROWS } from '../reference/dol-goods.data';
import {
  DOL_GOODS_REFERENCE,
  type DolDownstreamRow,
  type DolGoodRow,
} from '../reference/dol-goods';
import { REFERENCE_TABLE_NAMES, type ReferenceTableName } from '../reference/edition-csv';
import {
  SECTOR_WEIGHT_ROWS,
  SECTOR_WEIGHTS_REFERENCE,
  type SectorWeightRow,
} from '../reference/sector-weights';
import type { SlaveryIndexRow } from '../reference/slavery-index';
import { TIP_TIER_ROWS } from '../reference/tip-tiers.data';
import { TIP_TIERS_REFERENCE, type TipTierRow } from '../reference/tip-tiers';
import { goodPattern, type GoodPattern } from './products';

/** One edition of one reference table: what the model reads, and how a score names it. */
export interface ReferenceEdition<Row> {
  /** "builtin-2025" for the tables shipped with the product, the stored id for a loaded edition. */
  editionId: string;
  /** Edition as its publisher names it ("2025"). */
  edition: string;
  rows: readonly Row[];
}

export interface ReferenceEditions {
  'tip-tiers': ReferenceEdition<TipTierRow>;
  'dol-goods': ReferenceEdition<DolGoodRow>;
  'dol-downstream': ReferenceEdition<DolDownstreamRow>;
  'sector-weights': ReferenceEdition<SectorWeightRow>;
  /** Optional: an organisation's own licensed copy of the Walk Free Global Slavery Index. */
  'slavery-index': ReferenceEdition<SlaveryIndexRow> | null;
}

/** Reference tables indexed for the model; `version` is stored with every score it produces. */
export interface RiskReference {
  version: string;
  editions: ReferenceEditions;
  tipByCountry: ReadonlyMap<string, TipTierRow>;
  goodsByCountry: ReadonlyMap<string, ReadonlyArray<{ row: DolGoodRow; pattern: GoodPattern }>>;
  downstreamByCountry: ReadonlyMap<
    string,
    ReadonlyArray<{ row: DolDownstreamRow; pattern: GoodPattern }>
  >;
  sectorWeights: ReadonlyMap<string, SectorWeightRow>;
  slaveryIndexByCountry: ReadonlyMap<string, SlaveryIndexRow> | null;
}

/** The table ids that appear in sources ("us-tip-report@builtin-2025#VN"). */
export const REFERENCE_SOURCE_IDS: { readonly [T in ReferenceTableName]: string } = {
  'tip-tiers': TIP_TIERS_REFERENCE.id,
  'dol-goods': DOL_GOODS_REFERENCE.id,
  'dol-downstream': `${DOL_GOODS_REFERENCE.id}-downstream`,
  'sector-weights': SECTOR_WEIGHTS_REFERENCE.id,
  'slavery-index': 'walk-free-global-slavery-index',
};

/** "table@edition#row": where a factor's value comes from, resolvable against the stored edition. */
export function referenceSource(
  reference: RiskReference,
  table: ReferenceTableName,
  rowKey: string,
): string {
  const edition = reference.editions[table];
  return `${REFERENCE_SOURCE_IDS[table]}@${edition ? edition.editionId : 'none'}#${rowKey}`;
}

function groupBy<Row, Value>(
  rows: readonly Row[],
  keyOf: (row: Row) => string,
  valueOf: (row: Row) => Value,
): Map<string, Value[]> {
  const grouped = new Map<string, Value[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = grouped.get(key);
    if (list) list.push(valueOf(row));
    else grouped.set(key, [valueOf(row)]);
  }
  return grouped;
}

/**
 * A reference version: the edition id of each table, in REFERENCE_TABLE_NAMES order
 * ("builtin-2025;builtin-2024;builtin-2024;builtin-2026-11;none"). Positional because it is
 * stored with every score and every snapshot: table names would double its size.
 */
export function referenceVersionOf(editionIds: {
  readonly [T in ReferenceTableName]: string;
}): string {
  return REFERENCE_TABLE_NAMES.map((table) => editionIds[table]).join(';');
}

/** The edition id of each table under a stored reference version. */
export function referenceEditionsOf(version: string): Record<ReferenceTableName, string> {
  const ids = version.split(';');
  return Object.fromEntries(
    REFERENCE_TABLE_NAMES.map((table, index) => [table, ids[index] ?? 'none']),
  ) as Record<ReferenceTableName, string>;
}

export function buildRiskReference(editions: ReferenceEditions): RiskReference {
  const version = referenceVersionOf({
    'tip-tiers': editions['tip-tiers'].editionId,
    'dol-goods': editions['dol-goods'].editionId,
    'dol-downstream': editions['dol-downstream'].editionId,
    'sector-weights': editions['sector-weights'].editionId,
    'slavery-index': editions['slavery-index']?.editionId ?? 'none',
  });
  const slaveryIndex = editions['slavery-index'];
  return {
    version,
    editions,
    tipByCountry: new Map(editions['tip-tiers'].rows.map((row) => [row.iso2, row])),
    goodsByCountry: groupBy(
      editions['dol-goods'].rows,
      (row) => row.iso2,
      (row) => ({ row, pattern: goodPattern(row.good) }),
    ),
    downstreamByCountry: groupBy(
      editions['dol-downstream'].rows,
      (row) => row.iso2,
      (row) => ({ row, pattern: goodPattern(row.good) }),
    ),
    sectorWeights: new Map(editions['sector-weights'].rows.map((row) => [row.sector, row])),
    slaveryIndexByCountry: slaveryIndex
      ? new Map(slaveryIndex.rows.map((row) => [row.iso2, row]))
      : null,
  };
}

/** The editions shipped with the product (no Slavery Index: its figures are not ours to ship). */
export const BUILT_IN_EDITIONS: ReferenceEditions = {
  'tip-tiers': {
    editionId: `builtin-${TIP_TIERS_REFERENCE.edition}`,
    edition: String(TIP_TIERS_REFERENCE.edition),
    rows: TIP_TIER_ROWS,
  },
  'dol-goods': {
    editionId: `builtin-${DOL_GOODS_REFERENCE.edition}`,
    edition: String(DOL_GOODS_REFERENCE.edition),
    rows: DOL_GOOD_ROWS,
  },
  'dol-downstream': {
    editionId: `builtin-${DOL_GOODS_REFERENCE.edition}`,
    edition: String(DOL_GOODS_REFERENCE.edition),
    rows: DOL_DOWNSTREAM_ROWS,
  },
  'sector-weights': {
    editionId: `builtin-${SECTOR_WEIGHTS_REFERENCE.edition}`,
    edition: SECTOR_WEIGHTS_REFERENCE.edition,
    rows: SECTOR_WEIGHT_ROWS,
  },
  'slavery-index': null,
};
