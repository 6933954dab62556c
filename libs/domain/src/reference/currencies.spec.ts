import { CURRENCY_REFERENCE, isCurrencyCode, minorUnitDigits } from './currencies';

describe('isCurrencyCode', () => {
  it('accepts active currencies including the real multi-country X-codes', () => {
    for (const code of ['USD', 'EUR', 'VND', 'JPY', 'KWD', 'XOF', 'XAF', 'XCD', 'XPF'])
      expect(isCurrencyCode(code)).toBe(true);
  });

  it('refuses codes that are not money, lower case and unknown codes', () => {
    const notMoney = ['XXX', 'XTS', 'XAU', 'XAG', 'XPT', 'XPD', 'XBA', 'XBB', 'XBC', 'XBD'];
    for (const code of [...notMoney, 'XSU', 'XUA', 'XDR', 'usd', 'US', 'ABC', 'SLL', ''])
      expect(isCurrencyCode(code)).toBe(false);
  });
});

describe('minorUnitDigits', () => {
  it.each([
    ['USD', 2],
    ['JPY', 0],
    ['VND', 0],
    ['KWD', 3],
    ['XOF', 0],
  ])('%s has %i digits', (code, digits) => {
    expect(minorUnitDigits(code)).toBe(digits);
  });

  it('throws on unknown or non-money codes', () => {
    expect(() => minorUnitDigits('XAU')).toThrow(/currency/);
    expect(() => minorUnitDigits('usd')).toThrow(/currency/);
  });
});

it('records source, edition and licence', () => {
  expect(CURRENCY_REFERENCE.edition).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(CURRENCY_REFERENCE.licence).toBe('MIT');
});
