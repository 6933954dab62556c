import * as countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import countriesPackage from 'i18n-iso-countries/package.json';
import { DomainError } from '../domain-error';

// The node entry point already registers every locale; registering English explicitly keeps this
// module correct if the browser entry (English not preloaded) is ever bundled instead.
countries.registerLocale(en);

/**
 * Where country codes and names come from. The version is read from the installed package so the
 * recorded edition can never drift from the data actually in use.
 */
export const COUNTRY_REFERENCE = {
  standard: 'ISO 3166-1 alpha-2',
  source: 'i18n-iso-countries (npm), English names',
  version: countriesPackage.version,
  licence: 'MIT',
} as const;

/**
 * Decision: XK (Kosovo) is accepted. It is a user-assigned code, not an official ISO 3166-1
 * assignment, but the library lists it and the country-risk sources we use (US TIP Report, US DOL
 * list) report on Kosovo, so a supplier site there must be mappable. Any other user-assigned or
 * reserved code (AA, QM–QZ, XA–XZ, ZZ, and exceptional reservations such as UK or EU) is rejected.
 */
export const USER_ASSIGNED_COUNTRY_CODES_ACCEPTED: readonly string[] = ['XK'];

const ALPHA2 = new Set(Object.keys(countries.getAlpha2Codes()));

/** Exact, uppercase alpha-2. Lower case is refused here: stored codes must already be canonical. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && ALPHA2.has(code);
}

/**
 * Names people type that the library's English list lacks (checked against v7.14): UN-style
 * names ("Viet Nam"), former names still common in supplier data ("Swaziland", "Burma") and
 * short forms ("Laos", "DRC"). Only unambiguous aliases; "Congo" alone stays unresolved.
 */
const EXTRA_ALIASES: Readonly<Record<string, string>> = {
  'Viet Nam': 'VN',
  'Lao PDR': 'LA',
  Laos: 'LA',
  Syria: 'SY',
  Moldova: 'MD',
  'Republic of Moldova': 'MD',
  'Bolivia, Plurinational State of': 'BO',
  'Venezuela, Bolivarian Republic of': 'VE',
  'Cabo Verde': 'CV',
  'East Timor': 'TL',
  Burma: 'MM',
  Swaziland: 'SZ',
  Macedonia: 'MK',
  'DR Congo': 'CD',
  DRC: 'CD',
  'Congo-Kinshasa': 'CD',
  'Congo, Democratic Republic of the': 'CD',
  'Congo-Brazzaville': 'CG',
  'Congo, Republic of the': 'CG',
  'North Korea': 'KP',
  "Korea, Democratic People's Republic of": 'KP',
  DPRK: 'KP',
  Micronesia: 'FM',
  'Vatican City': 'VA',
  'Holy See': 'VA',
  Brunei: 'BN',
  Macau: 'MO',
  'Hong Kong SAR': 'HK',
  'Saint Kitts': 'KN',
  'Saint Vincent': 'VC',
  Britain: 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  UAE: 'AE',
  Emirates: 'AE',
  Bosnia: 'BA',
};

/** Case, accents, punctuation, "&", "St." and a leading "The" do not distinguish country names. */
function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint');
}

function buildNameIndex(): Map<string, string> {
  const byName = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, code: string): void => {
    const key = normaliseName(name);
    const existing = byName.get(key);
    if (existing !== undefined && existing !== code) ambiguous.add(key);
    else byName.set(key, code);
  };
  const all = countries.getNames('en', { select: 'all' });
  for (const [code, names] of Object.entries(all)) for (const name of names) add(name, code);
  // A name shared by two countries ("Congo") must not silently pick one of them.
  for (const key of ambiguous) byName.delete(key);
  for (const [name, code] of Object.entries(EXTRA_ALIASES)) byName.set(normaliseName(name), code);
  return byName;
}

const BY_NAME = buildNameIndex();

/**
 * Lenient input (imports, forms) → canonical alpha-2, or null when unknown or ambiguous.
 * Order matters: a valid alpha-2 wins over a name, so "US" is the United States, and "UK"
 * (reserved, not assigned) falls through to the alias list and resolves to GB.
 */
export function resolveCountry(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const upper = trimmed.toUpperCase();
  if (isCountryCode(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = countries.alpha3ToAlpha2(upper);
    if (alpha2 !== undefined && isCountryCode(alpha2)) return alpha2;
  }
  return BY_NAME.get(normaliseName(trimmed)) ?? null;
}

/** English short name. Throws (invalid, not a 500) on an unknown code: callers hold validated codes. */
export function countryName(code: string): string {
  const name = isCountryCode(code) ? countries.getName(code, 'en') : undefined;
  if (name === undefined)
    throw DomainError.invalid('country', `is not a known country code: ${code}`);
  return name;
}
