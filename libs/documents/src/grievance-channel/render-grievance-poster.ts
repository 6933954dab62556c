import type { QRCode } from 'qrcode';
import { createA4Document } from '../create-document';
import { contentWidth } from '../layout';
import { addPageFooters } from '../page-footer';
import { renderToBuffer } from '../render-to-buffer';
import { COLOURS } from '../styles';
import { artifact, resetText, type StructureParent } from '../tagged-content';
import {
  channelStrings,
  isChannelLanguage,
  resolveChannelLanguage,
  type ChannelLanguage,
  type ChannelStrings,
} from './channel-strings';
import { CHANNEL_CATEGORIES } from './channel-vocabulary';
import { drawQrCode, qrCodeOf } from './qr-code';
import { registerScriptFonts } from './script-fonts';
import { drawTextLayout, layoutText, type TextStyle } from './script-text';

export interface GrievancePosterInput {
  organisationName: string;
  siteName: string;
  /** Address of the channel's intake page: printed, and encoded in the QR code. */
  publicUrl: string;
  /** The channel's short code as workers type it (already formatted, e.g. "K7Q4-9MZD"). */
  code: string;
  /** Channel language codes (CHANNEL_LANGUAGES), 1 to 4, in the order the poster shows them. */
  languages: readonly string[];
}

export const POSTER_MAX_LANGUAGES = 4;

type Doc = PDFKit.PDFDocument;

/** Something laid out (so its height is known) and drawn later at a given y, under a parent. */
interface Block {
  height: number;
  draw: (parent: StructureParent, y: number) => void;
}

const ACCENT = '#1b5e20';
const SAFETY_FILL = '#eef5ee';
const BIG_QR = 190;
const SMALL_QR = 66;
const GUTTER = 18;

const STYLE = {
  siteName: { size: 13, bold: true },
  organisation: { size: 11, colour: COLOURS.muted },
  scanOrType: { size: 11.5, bold: true },
  url: { size: 16, bold: true },
  codeLabel: { size: 10.5, colour: COLOURS.muted },
  code: { size: 34, bold: true, lineGap: 0 },
  languageName: { size: 10, bold: true, colour: ACCENT },
  heading: { size: 20, bold: true, lineGap: 0 },
  intro: { size: 10.5 },
  listTitle: { size: 10.5, bold: true },
  category: { size: 9, lineGap: 0.5 },
  safetyTitle: { size: 10.5, bold: true, colour: ACCENT },
  promise: { size: 9, lineGap: 0.5 },
  noRetaliation: { size: 10, bold: true, lineGap: 0.5 },
  anytime: { size: 9.5, colour: COLOURS.muted },
} satisfies Record<string, TextStyle>;

/**
 * The notice-board poster of an anonymous grievance channel, A4 portrait: a large QR code of the
 * channel's address, the address and code in big type to type by hand, then for each language its
 * heading, what can be reported, and the promises of anonymity and of no retaliation. Languages
 * that do not fit the first page continue on the next, which repeats the QR code small.
 */
export async function renderGrievancePosterPdf(input: GrievancePosterInput): Promise<Buffer> {
  const languages = posterLanguages(input.languages);
  for (const field of ['organisationName', 'siteName', 'publicUrl', 'code'] as const) {
    if (!input[field].trim()) throw new RangeError(`poster ${field} is empty`);
  }
  const qr = qrCodeOf(input.publicUrl);
  const { doc, root } = createA4Document({
    title: `${channelStrings(languages[0].code).heading}: ${input.siteName}`,
    author: input.organisationName,
    subject: `How workers at ${input.siteName} can report a problem anonymously (${languages
      .map((language) => language.name)
      .join(', ')})`,
    keywords: 'grievance channel, worker voice, forced labour',
    lang: languages[0].code,
  });
  registerScriptFonts(doc);
  return await renderToBuffer(doc, () => {
    drawFirstPageTop(doc, root, input, languages, qr);
    for (const language of languages) placeLanguage(doc, root, language, input, qr);
    root.end();
    addPageFooters(doc, (page, pages) => ({
      left: input.code,
      right: `${page} / ${pages}`,
    }));
  });
}

function posterLanguages(codes: readonly string[]): ChannelLanguage[] {
  if (codes.length < 1 || codes.length > POSTER_MAX_LANGUAGES) {
    throw new RangeError(
      `a poster has 1 to ${POSTER_MAX_LANGUAGES} languages, not ${codes.length}`,
    );
  }
  const unknown = codes.filter((code) => !isChannelLanguage(code));
  if (unknown.length) throw new RangeError(`not a channel language: ${unknown.join(', ')}`);
  if (new Set(codes).size !== codes.length) throw new RangeError('a language is repeated');
  return codes.map((code) => resolveChannelLanguage(code));
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** A tagged text element (P, H1, ...) in the given style. */
function text(
  doc: Doc,
  type: string,
  value: string,
  style: TextStyle,
  x: number,
  width: number,
  options: { lang?: string; align?: 'left' | 'center' | 'right' } = {},
): Block {
  const layout = layoutText(doc, value, width, style);
  const { lang, align } = options;
  return {
    height: layout.height,
    draw: (parent, y) => {
      parent.add(
        doc.struct(type, lang ? { lang } : {}, () =>
          drawTextLayout(doc, layout, x, y, { width, lang, align }),
        ),
      );
    },
  };
}

function spacer(height: number): Block {
  return { height, draw: () => undefined };
}

/** Blocks one under the other. */
function stack(blocks: readonly Block[]): Block {
  return {
    height: blocks.reduce((sum, block) => sum + block.height, 0),
    draw: (parent, y) => {
      let top = y;
      for (const block of blocks) {
        block.draw(parent, top);
        top += block.height;
      }
    },
  };
}

/** Blocks side by side (each laid out at its own x), read left to right. */
function row(blocks: readonly Block[]): Block {
  return {
    height: Math.max(0, ...blocks.map((block) => block.height)),
    draw: (parent, y) => blocks.forEach((block) => block.draw(parent, y)),
  };
}

/**
 * A bulleted list (L > LI > LBody) in `columnCount` columns, filled column by column so that the
 * reading order of the tags is the order on the page.
 */
function bulletColumns(
  doc: Doc,
  items: readonly string[],
  style: TextStyle,
  x: number,
  width: number,
  columnCount: number,
  lang: string,
): Block {
  const bulletWidth = style.size * 1.1;
  const itemGap = style.size * 0.3;
  const columnWidth = (width - GUTTER * (columnCount - 1)) / columnCount;
  const perColumn = Math.ceil(items.length / columnCount);
  const laidOut = items.map((item) => layoutText(doc, item, columnWidth - bulletWidth, style));
  const columns = Array.from({ length: columnCount }, (_, c) =>
    laidOut.slice(c * perColumn, (c + 1) * perColumn),
  );
  const columnHeight = (column: typeof laidOut): number =>
    column.reduce((sum, layout) => sum + layout.height + itemGap, 0);
  return {
    height: Math.max(...columns.map(columnHeight)),
    draw: (parent, y) => {
      const list = doc.struct('L', { lang });
      parent.add(list);
      columns.forEach((column, c) => {
        const left = x + c * (columnWidth + GUTTER);
        let top = y;
        for (const layout of column) {
          const itemTop = top;
          artifact(doc, () => {
            doc.font('bold').fontSize(style.size).fillColor(ACCENT);
            doc.text('•', left, itemTop + layout.ascent, {
              lineBreak: false,
              baseline: 'alphabetic',
            });
          });
          list.add(
            doc.struct('LI', {}, [
              doc.struct('LBody', {}, () =>
                drawTextLayout(doc, layout, left + bulletWidth, itemTop, { lang }),
              ),
            ]),
          );
          top += layout.height + itemGap;
        }
      });
      list.end();
    },
  };
}

/** A tinted box with an accent bar on the left, around blocks laid out `pad` in from its edges. */
function box(doc: Doc, x: number, width: number, pad: number, inner: Block): Block {
  const height = inner.height + 2 * pad;
  return {
    height,
    draw: (parent, y) => {
      artifact(doc, () => {
        doc.rect(x, y, width, height).fill(SAFETY_FILL);
        doc.rect(x, y, 4, height).fill(ACCENT);
      });
      inner.draw(parent, y + pad);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Page furniture

function drawFirstPageTop(
  doc: Doc,
  root: StructureParent,
  input: GrievancePosterInput,
  languages: readonly ChannelLanguage[],
  qr: QRCode,
): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const textX = x + BIG_QR + GUTTER;
  const textWidth = width - BIG_QR - GUTTER;
  const codeLabel = languages
    .map((language) => channelStrings(language.code).poster.code)
    .filter((label, index, all) => all.indexOf(label) === index)
    .join(' · ');

  const top = stack([
    text(doc, 'P', input.siteName, STYLE.siteName, x, width),
    text(doc, 'P', input.organisationName, STYLE.organisation, x, width),
    spacer(10),
    row([
      {
        height: BIG_QR,
        draw: (parent, y) =>
          parent.add(
            doc.struct('Figure', { alt: `QR code of ${input.publicUrl}` }, () =>
              drawQrCode(doc, qr, x, y, BIG_QR),
            ),
          ),
      },
      stack([
        spacer(4),
        ...languages.flatMap((language) => [
          text(
            doc,
            'P',
            channelStrings(language.code).poster.scanOrType,
            STYLE.scanOrType,
            textX,
            textWidth,
            { lang: language.code },
          ),
          spacer(3),
        ]),
        spacer(8),
        text(doc, 'P', codeLabel, STYLE.codeLabel, textX, textWidth),
        text(doc, 'P', input.code, STYLE.code, textX, textWidth),
      ]),
    ]),
    spacer(4),
    text(doc, 'P', input.publicUrl, STYLE.url, x, width),
    spacer(8),
  ]);
  const part = doc.struct('Sect');
  root.add(part);
  const y = doc.y; // drawing text moves doc.y: blocks place themselves from their own top
  top.draw(part, y);
  part.end();
  doc.y = y + top.height;
  rule(doc);
}

/** On pages after the first: the QR code, address and code again, small, as page furniture. */
function drawContinuationHeader(doc: Doc, input: GrievancePosterInput, qr: QRCode): void {
  const x = doc.page.margins.left;
  const y = doc.page.margins.top;
  const textX = x + SMALL_QR + GUTTER;
  const width = contentWidth(doc) - SMALL_QR - GUTTER;
  const url = layoutText(doc, input.publicUrl, width, { size: 13, bold: true });
  const code = layoutText(doc, input.code, width, { size: 22, bold: true });
  artifact(
    doc,
    () => {
      drawQrCode(doc, qr, x, y, SMALL_QR);
      const textTop = y + Math.max(0, (SMALL_QR - url.height - 6 - code.height) / 2);
      drawTextLayout(doc, url, textX, textTop);
      drawTextLayout(doc, code, textX, textTop + url.height + 6);
    },
    'Pagination',
  );
  doc.y = y + Math.max(SMALL_QR, url.height + 6 + code.height) + 10;
  rule(doc);
}

function rule(doc: Doc): void {
  const x = doc.page.margins.left;
  const y = doc.y;
  artifact(doc, () => {
    doc
      .moveTo(x, y)
      .lineTo(x + contentWidth(doc), y)
      .lineWidth(0.75)
      .stroke(COLOURS.rule);
  });
  doc.y = y + 14;
  resetText(doc);
}

// ---------------------------------------------------------------------------------------------
// One language

function languageItems(doc: Doc, language: ChannelLanguage, strings: ChannelStrings): Block[] {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const lang = language.code;
  const pad = 8;
  const innerX = x + 4 + pad;
  const innerWidth = width - 4 - 2 * pad;
  const safetyColumn = (innerWidth - GUTTER) / 2;
  const nameWidth = 90;
  const { safety } = strings;
  return [
    stack([
      row([
        text(doc, 'H1', strings.heading, STYLE.heading, x, width - nameWidth, { lang }),
        stack([
          spacer(STYLE.heading.size - STYLE.languageName.size),
          text(
            doc,
            'P',
            language.nativeName,
            STYLE.languageName,
            x + width - nameWidth,
            nameWidth,
            {
              lang,
              align: 'right',
            },
          ),
        ]),
      ]),
      spacer(3),
      text(doc, 'P', strings.intro, STYLE.intro, x, width, { lang }),
      spacer(6),
      text(doc, 'P', strings.whatYouCanReport, STYLE.listTitle, x, width, { lang }),
      spacer(3),
    ]),
    bulletColumns(
      doc,
      CHANNEL_CATEGORIES.map((category) => strings.categories[category]),
      STYLE.category,
      x,
      width,
      2,
      lang,
    ),
    stack([
      spacer(4),
      box(
        doc,
        x,
        width,
        pad,
        row([
          stack([
            text(doc, 'H2', safety.title, STYLE.safetyTitle, innerX, safetyColumn, { lang }),
            spacer(2),
            bulletColumns(
              doc,
              [safety.noName, safety.noAddress, safety.encrypted],
              STYLE.promise,
              innerX,
              safetyColumn,
              1,
              lang,
            ),
          ]),
          stack([
            text(
              doc,
              'P',
              safety.noRetaliation,
              STYLE.noRetaliation,
              innerX + safetyColumn + GUTTER,
              safetyColumn,
              { lang },
            ),
            spacer(4),
            text(
              doc,
              'P',
              strings.poster.anytime,
              STYLE.anytime,
              innerX + safetyColumn + GUTTER,
              safetyColumn,
              { lang },
            ),
          ]),
        ]),
      ),
      spacer(14),
    ]),
  ];
}

/**
 * A language's block, kept on one page: on the current one if it fits, else on a new page. A block
 * taller than a whole page (not with today's texts) is split between its parts instead.
 */
function placeLanguage(
  doc: Doc,
  root: StructureParent,
  language: ChannelLanguage,
  input: GrievancePosterInput,
  qr: QRCode,
): void {
  const items = languageItems(doc, language, channelStrings(language.code));
  const newPage = (): void => {
    doc.addPage();
    drawContinuationHeader(doc, input, qr);
  };
  const section = doc.struct('Sect', { lang: language.code });
  root.add(section);
  const total = items.reduce((sum, item) => sum + item.height, 0);
  if (total > doc.page.maxY() - doc.y) newPage();
  for (const item of items) {
    if (item.height > doc.page.maxY() - doc.y) newPage();
    const y = doc.y;
    item.draw(section, y);
    doc.y = y + item.height;
  }
  section.end();
  resetText(doc);
}
