import fc from 'fast-check';
import {
  convertMinor,
  divideRoundHalfUp,
  findRate,
  formatMoney,
  MAX_MINOR_UNITS,
  parseMinorUnits,
  type FxRate,
} from './money';

const rate = (base: string, quote: string, value: string, validOn = '2026-01-01'): FxRate => ({
  base,
  quote,
  rate: value,
  validOn,
  source: 'test',
});

describe('parseMinorUnits', () => {
  it('accepts non-negative safe integers and digit strings', () => {
    expect(parseMinorUnits(0)).toBe(0n);
    expect(parseMinorUnits(1250)).toBe(1250n);
    expect(parseMinorUnits(Number.MAX_SAFE_INTEGER)).toBe(9007199254740991n);
    expect(parseMinorUnits('1250')).toBe(1250n);
    expect(parseMinorUnits('9007199254740993')).toBe(9007199254740993n);
    expect(parseMinorUnits(MAX_MINOR_UNITS.toString())).toBe(MAX_MINOR_UNITS);
  });

  it('rejects decimals, exponents, signs, unsafe numbers and other types', () => {
    for (const value of [
      '12.50',
      12.5,
      '1e3',
      1e300,
      '-1',
      -1,
      '+1',
      ' 1',
      '',
      '0x10',
      Number.MAX_SAFE_INTEGER + 1,
      NaN,
      Infinity,
      null,
      undefined,
      {},
      (MAX_MINOR_UNITS + 1n).toString(),
    ])
      expect(parseMinorUnits(value)).toBeNull();
  });
});

describe('formatMoney', () => {
  it.each([
    [123450n, 'USD', 'USD 1,234.50'],
    [5n, 'USD', 'USD 0.05'],
    [0n, 'EUR', 'EUR 0.00'],
    [1234567n, 'JPY', 'JPY 1,234,567'],
    [1500n, 'KWD', 'KWD 1.500'],
    [-123450n, 'USD', 'USD -1,234.50'],
    [123456789012345678n, 'VND', 'VND 123,456,789,012,345,678'],
  ])('%s %s → %s', (amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });

  it('refuses unknown currencies', () => {
    expect(() => formatMoney(1n, 'ABC')).toThrow(/currency/);
  });
});

describe('divideRoundHalfUp', () => {
  it('rounds halves away from zero', () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divideRoundHalfUp(7n, 3n)).toBe(2n);
    expect(divideRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfUp(5n, -2n)).toBe(-3n);
    expect(divideRoundHalfUp(4n, 3n)).toBe(1n);
  });
});

describe('convertMinor', () => {
  const usdVnd = rate('USD', 'VND', '25450.5');

  it('converts with the rate and both currencies’ minor digits', () => {
    // USD 100.00 × 25450.5 = VND 2,545,050 (VND has no minor unit)
    expect(convertMinor(10000n, 'USD', 'VND', usdVnd)).toBe(2545050n);
    // USD 0.01 × 25450.5 = 254.505 → 255 (half-up)
    expect(convertMinor(1n, 'USD', 'VND', usdVnd)).toBe(255n);
    // KWD 1.000 at 3.25 USD per KWD = USD 3.25
    expect(convertMinor(1000n, 'KWD', 'USD', rate('KWD', 'USD', '3.25'))).toBe(325n);
  });

  it('converts with the inverse of a rate the table holds', () => {
    // VND 2,545,050 ÷ 25450.5 = USD 100.00 exactly
    expect(convertMinor(2545050n, 'VND', 'USD', usdVnd)).toBe(10000n);
    // VND 1,000,000 ÷ 25450.5 = USD 39.2920...
    expect(convertMinor(1000000n, 'VND', 'USD', usdVnd)).toBe(3929n);
    // JPY 3 at 200 JPY per USD = USD 0.015 → 0.02 (half-up)
    expect(convertMinor(3n, 'JPY', 'USD', rate('USD', 'JPY', '200'))).toBe(2n);
  });

  it('stays exact where floats would drift', () => {
    // 0.1 + 0.2 style trap: EUR 0.29 at 1.1 = USD 0.319 → 0.32
    expect(convertMinor(29n, 'EUR', 'USD', rate('EUR', 'USD', '1.1'))).toBe(32n);
    // very large VND amounts beyond 2^53
    expect(convertMinor(10n ** 18n, 'VND', 'USD', rate('USD', 'VND', '25000'))).toBe(
      4n * 10n ** 15n,
    );
  });

  it('returns the amount unchanged for the same currency', () => {
    expect(convertMinor(123n, 'USD', 'USD', usdVnd)).toBe(123n);
  });

  it('refuses a rate for another pair and malformed rates', () => {
    expect(() => convertMinor(1n, 'USD', 'EUR', usdVnd)).toThrow(/rate/);
    for (const bad of ['0', '0.000', '-1', '1e3', '1,5', '', '.5', 'abc'])
      expect(() => convertMinor(1n, 'USD', 'VND', rate('USD', 'VND', bad))).toThrow(/rate/);
  });

  it('round-trips within one minor unit of the coarser currency', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (usd) => {
        const vnd = convertMinor(usd, 'USD', 'VND', usdVnd);
        const back = convertMinor(vnd, 'VND', 'USD', usdVnd);
        expect(back - usd <= 1n && usd - back <= 1n).toBe(true);
      }),
    );
  });

  it('is monotone in the amount', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        (a, extra) => {
          expect(convertMinor(a + extra, 'VND', 'USD', usdVnd)).toBeGreaterThanOrEqual(
            convertMinor(a, 'VND', 'USD', usdVnd),
          );
        },
      ),
    );
  });
});

describe('findRate', () => {
  const rates = [
    rate('USD', 'VND', '24000', '2025-01-01'),
    rate('USD', 'VND', '25000', '2026-01-01'),
    rate('VND', 'USD', '0.00004', '2026-03-01'),
    rate('USD', 'VND', '26000', '2026-06-01'),
    rate('EUR', 'USD', '1.1', '2026-05-01'),
  ];

  it('picks the latest rate valid on or before the date, in either direction', () => {
    expect(findRate(rates, 'USD', 'VND', '2025-06-30')?.rate).toBe('24000');
    expect(findRate(rates, 'USD', 'VND', '2026-01-01')?.rate).toBe('25000');
    expect(findRate(rates, 'VND', 'USD', '2026-02-01')?.rate).toBe('25000');
    expect(findRate(rates, 'USD', 'VND', '2026-04-01')?.rate).toBe('0.00004');
    expect(findRate(rates, 'VND', 'USD', '2026-12-31')?.rate).toBe('26000');
  });

  it('prefers the direct direction on the same date', () => {
    const same = [rate('VND', 'USD', '0.00004', '2026-01-01'), rate('USD', 'VND', '25000')];
    expect(findRate(same, 'USD', 'VND', '2026-01-01')?.base).toBe('USD');
    expect(findRate(same, 'VND', 'USD', '2026-01-01')?.base).toBe('VND');
  });

  it('returns null when no rate is valid yet or the pair is absent', () => {
    expect(findRate(rates, 'USD', 'VND', '2024-12-31')).toBeNull();
    expect(findRate(rates, 'EUR', 'VND', '2026-12-31')).toBeNull();
  });

  it('refuses a malformed date', () => {
    expect(() => findRate(rates, 'USD', 'VND', '31/12/2026')).toThrow(/date/);
  });
});
