import * as currencyCodes from 'currency-codes';
import currencyPackage from 'currency-codes/package.json';
import { DomainError } from '../domain-error';

/** Where currency codes and minor-unit digits come from (ISO 4217 List One as packaged). */
export const CURRENCY_REFERENCE = {
  standard: 'ISO 4217 (List One: active codes)',
  source: 'currency-codes (npm)',
  version: currencyPackage.version,
  edition: currencyCodes.publishDate, // ISO list publish date bundled in the package
  licence: 'MIT',
} as const;

/**
 * ISO 4217 codes that are not money anyone is paid in or pays fees in: testing / no-currency
 * codes, precious metals, European bond-market units, the IMF SDR, the ALBA SUCRE and the ADB
 * unit of account. Real multi-country currencies (XOF, XAF, XCD, XPF) are kept. National fund
 * codes (CLF, COU, MXV, USN, UYI, CHE, CHW, BOV) stay: they are active List One codes and do
 * appear in contracts.
 */
export const NON_MONEY_CURRENCY_CODES: ReadonlySet<string> = new Set([
  'XXX',
  'XTS',
  'XAU',
  'XAG',
  'XPT',
  'XPD',
  'XBA',
  'XBB',
  'XBC',
  'XBD',
  'XDR',
  'XSU',
  'XUA',
]);

const DIGITS: ReadonlyMap<string, number> = new Map(
  currencyCodes.data
    .filter((record) => !NON_MONEY_CURRENCY_CODES.has(record.code))
    .map((record) => [record.code, record.digits]),
);

/** Exact uppercase code of an active ISO 4217 currency that is money (see the exclusions above). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && DIGITS.has(code);
}

/** Digits after the decimal point (JPY 0, USD 2, KWD 3). Throws "invalid" on an unknown code. */
export function minorUnitDigits(code: string): number {
  const digits = DIGITS.get(code);
  if (digits === undefined)
    throw DomainError.invalid('currency', `is not a known currency: ${code}`);
  return digits;
}
