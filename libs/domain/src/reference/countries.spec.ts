import { COUNTRY_REFERENCE, countryName, isCountryCode, resolveCountry } from './countries';
import { DomainError } from '../domain-error';

describe('isCountryCode', () => {
  it('accepts exact uppercase assigned alpha-2 codes', () => {
    for (const code of ['VN', 'GB', 'US', 'BD', 'CI', 'SS']) expect(isCountryCode(code)).toBe(true);
  });

  it('refuses other case, alpha-3, reserved and user-assigned codes (XK is the chosen exception)', () => {
    for (const code of ['vn', 'Vn', 'VNM', 'UK', 'EU', 'ZZ', 'XA', 'AA', 'QM', '', ' VN', 'V'])
      expect(isCountryCode(code)).toBe(false);
    expect(isCountryCode('XK')).toBe(true);
  });
});

describe('resolveCountry', () => {
  it.each([
    ['vn', 'VN'],
    [' VN ', 'VN'],
    ['VNM', 'VN'],
    ['vnm', 'VN'],
    ['Vietnam', 'VN'],
    ['Viet Nam', 'VN'],
    ['viet nam', 'VN'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['GBR', 'GB'],
    ['Great Britain', 'GB'],
    ["Côte d'Ivoire", 'CI'],
    ["Cote d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['The Netherlands', 'NL'],
    ['Laos', 'LA'],
    ['Burma', 'MM'],
    ['DRC', 'CD'],
    ['St Lucia', 'LC'],
    ['Saint Kitts and Nevis', 'KN'],
    ['St. Kitts & Nevis', 'KN'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Kosovo', 'XK'],
  ])('%s → %s', (input, expected) => {
    expect(resolveCountry(input)).toBe(expected);
  });

  it('returns null for unknown or ambiguous input', () => {
    for (const input of ['', '   ', 'Atlantis', 'XX', 'ZZZ', 'Congo', 'Europe', 'EU'])
      expect(resolveCountry(input)).toBeNull();
  });
});

describe('countryName', () => {
  it('names a code in English', () => {
    expect(countryName('VN')).toBe('Vietnam');
    expect(countryName('GB')).toBe('United Kingdom');
  });

  it('throws an invalid DomainError for unknown codes', () => {
    expect(() => countryName('UK')).toThrow(DomainError);
    expect(() => countryName('gb')).toThrow(/country/);
  });
});

it('records the source, version and licence of the country data', () => {
  expect(COUNTRY_REFERENCE.version).toMatch(/^7\.\d+\.\d+$/);
  expect(COUNTRY_REFERENCE.licence).toBe('MIT');
});
