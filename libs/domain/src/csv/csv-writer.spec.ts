import { csvField, csvLine } from './csv-writer';

describe('csv writer', () => {
  it('quotes only what needs quoting, doubling quotes', () => {
    expect(csvField('Saigon Stitch')).toBe('Saigon Stitch');
    expect(csvField('Knit, woven')).toBe('"Knit, woven"');
    expect(csvField('The "Best" Mill')).toBe('"The ""Best"" Mill"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('neutralises values a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});
