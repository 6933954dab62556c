import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontName } from '../fonts';
import { fontDirectory } from '../fonts';
import type { ChannelScript } from './channel-strings';

/** Names of the fonts for Nepali and Bengali, used with `doc.font(...)` next to 'body' and 'bold'. */
export type ScriptFontName = 'devanagari' | 'devanagari-bold' | 'bengali' | 'bengali-bold';

/**
 * Noto Sans Devanagari and Noto Sans Bengali, from the same Debian package as Noto Sans (see
 * assets/fonts/README.md). Noto Sans itself has no Indic glyphs, and these have no Latin letters:
 * pdfkit has no font fallback, so text is split into runs per script (script-text.ts).
 */
export const SCRIPT_FONT_FILES: Readonly<Record<ScriptFontName, string>> = {
  devanagari: 'NotoSansDevanagari-Regular.ttf',
  'devanagari-bold': 'NotoSansDevanagari-Bold.ttf',
  bengali: 'NotoSansBengali-Regular.ttf',
  'bengali-bold': 'NotoSansBengali-Bold.ttf',
};

/** The regular and bold font of each script ('body' and 'bold' are registered by createA4Document). */
export const SCRIPT_FONTS: Readonly<
  Record<ChannelScript, { regular: FontName | ScriptFontName; bold: FontName | ScriptFontName }>
> = {
  latin: { regular: 'body', bold: 'bold' },
  devanagari: { regular: 'devanagari', bold: 'devanagari-bold' },
  bengali: { regular: 'bengali', bold: 'bengali-bold' },
};

let fontData: Record<ScriptFontName, Buffer> | undefined;

function loadScriptFonts(): Record<ScriptFontName, Buffer> {
  if (!fontData) {
    const dir = fontDirectory();
    const read = (file: string): Buffer => {
      try {
        return readFileSync(join(dir, file));
      } catch (error) {
        throw new Error(
          `font ${file} not found in ${dir}: libs/documents/assets/fonts must be deployed next to package.json`,
          { cause: error },
        );
      }
    };
    const names = Object.keys(SCRIPT_FONT_FILES) as ScriptFontName[];
    fontData = Object.fromEntries(
      names.map((name) => [name, read(SCRIPT_FONT_FILES[name])]),
    ) as Record<ScriptFontName, Buffer>;
  }
  return fontData;
}

/**
 * Registers the Devanagari and Bengali fonts on a document made by createA4Document (which already
 * has 'body' and 'bold'). pdfkit embeds only the fonts a document uses, as subsets.
 */
export function registerScriptFonts(doc: PDFKit.PDFDocument): void {
  const fonts = loadScriptFonts();
  for (const name of Object.keys(fonts) as ScriptFontName[]) doc.registerFont(name, fonts[name]);
}
