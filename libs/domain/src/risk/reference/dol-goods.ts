import { DOL_DOWNSTREAM_ROWS, DOL_GOOD_ROWS } from './dol-goods.data';

export interface DolGoodRow {
  good: string;
  iso2: string;
  childLabour: boolean;
  forcedLabour: boolean;
  /** 2024 where found, else 2022: per row. */
  edition: number;
  source: string;
}

/** A good made with an input that is itself on the list (e.g. solar modules with polysilicon). */
export interface DolDownstreamRow {
  good: string;
  iso2: string;
  inputGood: string;
  inputIso2: string;
  inputChildLabour: boolean;
  inputForcedLabour: boolean;
  edition: number;
  source: string;
}

export const DOL_GOODS_REFERENCE = {
  id: 'us-dol-list-of-goods',
  title: 'US Department of Labor, List of Goods Produced by Child Labor or Forced Labor (extract)',
  edition: 2024,
  licence: 'US government work, public domain',
  coverage:
    'Partial extract: 471 good × country pairs (164 goods, 79 countries) of the 204 goods and 82 ' +
    'countries listed; editions 2024 where found, else 2022, per row. A pair absent from the ' +
    'extract is "not in our data", not "not listed".',
} as const;

export type GoodListing =
  { inExtract: true; row: DolGoodRow } | { inExtract: false; reason: string };

const normalise = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');
const key = (good: string, iso2: string): string => `${normalise(good)}|${iso2.toUpperCase()}`;
const BY_PAIR = new Map(DOL_GOOD_ROWS.map((row) => [key(row.good, row.iso2), row]));

/** Whether this good from this country is on the list, as far as the extract knows. */
export function goodListing(good: string, iso2: string): GoodListing {
  const row = BY_PAIR.get(key(good, iso2));
  if (row) return { inExtract: true, row };
  return {
    inExtract: false,
    reason: `"${good}" from ${iso2.toUpperCase()} is not in our extract of the DOL list, which is partial: not known to be clear`,
  };
}

/** The goods from this country that the extract lists (for matching a site's products). */
export function listedGoods(iso2: string): readonly DolGoodRow[] {
  return DOL_GOOD_ROWS.filter((row) => row.iso2 === iso2.toUpperCase());
}

/** Listed inputs behind a good made in this country (downstream goods). */
export function listedInputs(good: string, iso2: string): readonly DolDownstreamRow[] {
  return DOL_DOWNSTREAM_ROWS.filter(
    (row) => normalise(row.good) === normalise(good) && row.iso2 === iso2.toUpperCase(),
  );
}
