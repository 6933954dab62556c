import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepositoryRoot } from './repository-root';

/** Names the renderers use with `doc.font(...)`. */
export type FontName = 'body' | 'bold';

/**
 * Noto Sans rather than the PDF standard fonts, which only cover WinAnsi: Vietnamese and Turkish
 * names must come out exactly (see assets/fonts/README.md for source and licence).
 */
export const FONT_FILES: Readonly<Record<FontName, string>> = {
  body: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
};

/** Fonts stay in the repository (not copied into dist), found from the repository root. */
export function fontDirectory(): string {
  return join(findRepositoryRoot(), 'libs', 'documents', 'assets', 'fonts');
}

// Read once per process: every document embeds its own subset, but the files never change.
let fontData: Record<FontName, Buffer> | undefined;

function loadFonts(): Record<FontName, Buffer> {
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
    fontData = { body: read(FONT_FILES.body), bold: read(FONT_FILES.bold) };
  }
  return fontData;
}

/** Registers 'body' and 'bold' on the document and selects 'body'. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = loadFonts();
  doc.registerFont('body', fonts.body);
  doc.registerFont('bold', fonts.bold);
  doc.font('body');
}
