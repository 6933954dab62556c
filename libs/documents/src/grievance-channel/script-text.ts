import { COLOURS } from '../styles';
import type { ChannelScript } from './channel-strings';
import { SCRIPT_FONTS } from './script-fonts';

/**
 * Text in several scripts on a pdfkit page. pdfkit has no font fallback (a Latin letter in the
 * Devanagari font is a box, and the reverse), so every line is cut into runs of one script, each
 * set in its own font on a common baseline. Lines are broken here rather than by pdfkit, so that
 * each Devanagari or Bengali line can be wrapped in a Span whose ActualText is the line in logical
 * order: without it, text extraction (pdftotext, screen readers) returns the shaped glyphs in
 * visual order, with vowel signs before their consonants.
 */

export interface ScriptRun {
  text: string;
  script: ChannelScript;
}

export interface TextLine {
  text: string;
  runs: ScriptRun[];
  width: number;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  colour?: string;
  /** Extra space between lines, in points (default 15% of the size). */
  lineGap?: number;
}

export interface TextLayout {
  lines: TextLine[];
  style: TextStyle;
  /** From the top of a line to its baseline. */
  ascent: number;
  /** From one line's top to the next. */
  lineHeight: number;
  height: number;
}

/** The script a character needs a font for; null for characters every one of the fonts has. */
function scriptOf(char: string): ChannelScript | null {
  const code = char.codePointAt(0) ?? 0;
  // Dandas (shared by Devanagari and Bengali), zero-width (non-)joiners: part of the run around them.
  if (code === 0x0964 || code === 0x0965 || code === 0x200c || code === 0x200d) return null;
  if ((code >= 0x0900 && code <= 0x097f) || (code >= 0xa8e0 && code <= 0xa8ff)) return 'devanagari';
  if (code >= 0x0980 && code <= 0x09ff) return 'bengali';
  if (code < 0x80 && !/[A-Za-z]/.test(char)) return null; // ASCII spaces, digits and punctuation
  return 'latin';
}

/** Cuts text into runs of one script; spaces, digits and punctuation join the run they are in. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let pending = ''; // neutral characters before the first character with a script
  for (const char of text) {
    const script = scriptOf(char);
    const last = runs[runs.length - 1];
    if (script === null) {
      if (last) last.text += char;
      else pending += char;
    } else if (last?.script === script) {
      last.text += char;
    } else {
      runs.push({ text: pending + char, script });
      pending = '';
    }
  }
  if (pending) runs.push({ text: pending, script: 'latin' });
  return runs;
}

export const hasIndicText = (text: string): boolean =>
  scriptRuns(text).some((run) => run.script !== 'latin');

function fontFor(script: ChannelScript, style: TextStyle): string {
  return style.bold ? SCRIPT_FONTS[script].bold : SCRIPT_FONTS[script].regular;
}

// Shaping (fontkit) is the slow part of measuring: words recur, so widths are kept per document.
const widths = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

function runWidth(doc: PDFKit.PDFDocument, run: ScriptRun, style: TextStyle): number {
  const font = fontFor(run.script, style);
  let cache = widths.get(doc);
  if (!cache) widths.set(doc, (cache = new Map<string, number>()));
  const key = `${font}\u0000${style.size}\u0000${run.text}`;
  let width = cache.get(key);
  if (width === undefined) {
    width = doc.font(font).fontSize(style.size).widthOfString(run.text);
    cache.set(key, width);
  }
  return width;
}

function measureRuns(
  doc: PDFKit.PDFDocument,
  runs: readonly ScriptRun[],
  style: TextStyle,
): number {
  return runs.reduce((sum, run) => sum + runWidth(doc, run, style), 0);
}

export function textWidth(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  return measureRuns(doc, scriptRuns(text), style);
}

/** pdfkit does not expose a font's ascender; its embedded font objects have had it since 0.1. */
function ascender(doc: PDFKit.PDFDocument): number {
  const font = (doc as unknown as { _font?: { ascender?: unknown } })._font;
  if (typeof font?.ascender !== 'number') throw new Error('pdfkit font has no ascender');
  return font.ascender;
}

/** Ascent and line height for the scripts a text uses, so that all its lines are evenly spaced. */
function lineMetrics(
  doc: PDFKit.PDFDocument,
  scripts: ReadonlySet<ChannelScript>,
  style: TextStyle,
): { ascent: number; lineHeight: number } {
  let ascent = 0;
  let descent = 0;
  for (const script of scripts.size ? scripts : new Set<ChannelScript>(['latin'])) {
    doc.font(fontFor(script, style)).fontSize(style.size);
    const up = (ascender(doc) / 1000) * style.size;
    ascent = Math.max(ascent, up);
    descent = Math.max(descent, doc.currentLineHeight(false) - up);
  }
  return { ascent, lineHeight: ascent + descent + (style.lineGap ?? style.size * 0.15) };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Breaks a word too long for a line (an address) at grapheme boundaries, preferring to break after
 * a slash, dot, hyphen or other URL punctuation.
 */
function breakLongWord(
  doc: PDFKit.PDFDocument,
  word: string,
  width: number,
  style: TextStyle,
): string[] {
  const pieces: string[] = [];
  let rest = [...graphemes.segment(word)].map((segment) => segment.segment);
  while (rest.length) {
    let fit = 1;
    while (fit < rest.length && textWidth(doc, rest.slice(0, fit + 1).join(''), style) <= width) {
      fit++;
    }
    if (fit < rest.length) {
      for (let at = fit; at > fit / 2; at--) {
        if (/[/.\-?&=_#]/.test(rest[at - 1])) {
          fit = at;
          break;
        }
      }
    }
    pieces.push(rest.slice(0, fit).join(''));
    rest = rest.slice(fit);
  }
  return pieces;
}

/** Lays text out in lines no wider than `width`, breaking at spaces (and at newlines). */
export function layoutText(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  style: TextStyle,
): TextLayout {
  const texts: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Widths of words plus spaces: shaping never crosses a space in these scripts.
    let current = '';
    let currentWidth = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const runs = scriptRuns(word);
      const wordWidth = measureRuns(doc, runs, style);
      const space = runWidth(doc, { text: ' ', script: runs[0].script }, style);
      if (current && currentWidth + space + wordWidth <= width) {
        current += ` ${word}`;
        currentWidth += space + wordWidth;
        continue;
      }
      if (current) texts.push(current);
      if (wordWidth <= width) {
        current = word;
        currentWidth = wordWidth;
      } else {
        const pieces = breakLongWord(doc, word, width, style);
        texts.push(...pieces.slice(0, -1));
        current = pieces[pieces.length - 1];
        currentWidth = textWidth(doc, current, style);
      }
    }
    texts.push(current);
  }
  const lines = texts.map((line) => {
    const runs = scriptRuns(line);
    return { text: line, runs, width: measureRuns(doc, runs, style) };
  });
  const scripts = new Set(lines.flatMap((line) => line.runs.map((run) => run.script)));
  const { ascent, lineHeight } = lineMetrics(doc, scripts, style);
  return { lines, style, ascent, lineHeight, height: lines.length * lineHeight };
}

/**
 * Draws laid-out text with its top-left corner at (x, y). Lines with Devanagari or Bengali are
 * marked as Spans carrying the line as ActualText (and the language, for screen readers). Call it
 * inside a structure element's content (a P, H1, LBody...), or inside an artifact.
 */
export function drawTextLayout(
  doc: PDFKit.PDFDocument,
  layout: TextLayout,
  x: number,
  y: number,
  options: { width?: number; align?: 'left' | 'center' | 'right'; lang?: string } = {},
): void {
  const { style } = layout;
  layout.lines.forEach((line, index) => {
    const baseline = y + index * layout.lineHeight + layout.ascent;
    const free = options.width === undefined ? 0 : options.width - line.width;
    let cursor = x + (options.align === 'center' ? free / 2 : options.align === 'right' ? free : 0);
    const indic = line.runs.some((run) => run.script !== 'latin');
    if (indic) {
      doc.markContent('Span', {
        actual: line.text,
        ...(options.lang ? { lang: options.lang } : {}),
      });
    }
    for (const run of line.runs) {
      doc
        .font(fontFor(run.script, style))
        .fontSize(style.size)
        .fillColor(style.colour ?? COLOURS.text);
      doc.text(run.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' });
      cursor += runWidth(doc, run, style);
    }
    if (indic) doc.endMarkedContent();
  });
}
