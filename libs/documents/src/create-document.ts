import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts';
import { PAGE_MARGINS } from './styles';
import { resetText, type StructureParent } from './tagged-content';

export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  /** Recorded as the creation date, so the same input gives the same metadata. */
  createdAt?: Date;
  /** BCP 47 language of the text, for screen readers. */
  lang?: string;
}

export interface TaggedDocument {
  doc: PDFKit.PDFDocument;
  /** Root of the structure tree: add sections, headings and paragraphs under it. */
  root: StructureParent;
}

/**
 * An A4 document with the embedded fonts, metadata (Title, Author, Subject) and a structure tree.
 * Pages are buffered so that footers can say "Page N of M" once the count is known.
 */
export function createA4Document(metadata: DocumentMetadata): TaggedDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...PAGE_MARGINS },
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: metadata.lang ?? 'en-GB',
    displayTitle: true,
    info: {
      Title: metadata.title,
      Author: metadata.author,
      Subject: metadata.subject,
      ...(metadata.keywords ? { Keywords: metadata.keywords } : {}),
      Creator: 'fairchain',
      ...(metadata.createdAt ? { CreationDate: metadata.createdAt } : {}),
    },
  });
  registerFonts(doc);
  resetText(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  return { doc, root };
}
