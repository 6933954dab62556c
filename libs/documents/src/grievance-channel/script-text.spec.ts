import { createA4Document } from '../create-document';
import { registerScriptFonts } from './script-fonts';
import { layoutText, scriptRuns, textWidth } from './script-text';

describe('script runs', () => {
  it('cuts text where the script changes; spaces, digits and punctuation stay in their run', () => {
    expect(scriptRuns('फोन नम्बर, WhatsApp वा इमेल।')).toEqual([
      { text: 'फोन नम्बर, ', script: 'devanagari' },
      { text: 'WhatsApp ', script: 'latin' },
      { text: 'वा इमेल।', script: 'devanagari' },
    ]);
    expect(scriptRuns('Dhaka Knit (ঢাকা নিট) Unit 2')).toEqual([
      { text: 'Dhaka Knit (', script: 'latin' },
      { text: 'ঢাকা নিট) ', script: 'bengali' },
      { text: 'Unit 2', script: 'latin' },
    ]);
    // Leading neutral characters join the first run; text with no letters is Latin.
    expect(scriptRuns('2. কোড')).toEqual([{ text: '2. কোড', script: 'bengali' }]);
    expect(scriptRuns('123 – 456')).toEqual([{ text: '123 – 456', script: 'latin' }]);
    // The danda belongs to either script; joiners stay inside their cluster.
    expect(scriptRuns('আমাদের জানান।')).toEqual([{ text: 'আমাদের জানান।', script: 'bengali' }]);
    expect(scriptRuns('र‍्या')).toEqual([{ text: 'र‍्या', script: 'devanagari' }]);
  });
});

describe('layoutText', () => {
  const { doc } = createA4Document({ title: 't', author: 'a', subject: 's' });
  registerScriptFonts(doc);

  it('breaks lines at spaces within the width, keeping every word in order', () => {
    const text = 'तपाईंको काममा केही गलत भइरहेको छ? हामीलाई भन्नुहोस्। तपाईंले आफ्नो नाम दिनु पर्दैन।';
    const layout = layoutText(doc, text, 150, { size: 10 });
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines.map((line) => line.text).join(' ')).toBe(text);
    for (const line of layout.lines) {
      expect(line.width).toBeLessThanOrEqual(150 + 0.01);
      expect(line.width).toBeCloseTo(textWidth(doc, line.text, { size: 10 }), 5);
    }
    expect(layout.height).toBeCloseTo(layout.lines.length * layout.lineHeight, 5);
  });

  it('keeps hard line breaks, and breaks an address too long for a line after a slash', () => {
    const layout = layoutText(doc, 'one\ntwo', 400, { size: 10 });
    expect(layout.lines.map((line) => line.text)).toEqual(['one', 'two']);
    const url = 'https://grievances.example/g/K7Q4-9MZD/follow-up';
    const broken = layoutText(doc, url, 120, { size: 12, bold: true });
    expect(broken.lines.length).toBeGreaterThan(1);
    expect(broken.lines.map((line) => line.text).join('')).toBe(url);
    expect(broken.lines[0].text).toMatch(/[/.-]$/);
  });

  it('spaces Devanagari lines wider than Latin ones of the same size', () => {
    const latin = layoutText(doc, 'Speak up safely', 400, { size: 10 });
    const nepali = layoutText(doc, 'सुरक्षित रूपमा', 400, { size: 10 });
    const mixed = layoutText(doc, 'Code · कोड', 400, { size: 10 });
    expect(latin.ascent).toBeGreaterThan(nepali.ascent); // Noto Sans sits higher...
    expect(mixed.ascent).toBeCloseTo(latin.ascent, 5); // ...so a mixed line uses the larger of each
    expect(mixed.lineHeight).toBeGreaterThanOrEqual(Math.max(latin.lineHeight, nepali.lineHeight));
  });
});
