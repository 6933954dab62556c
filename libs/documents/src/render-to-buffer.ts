/**
 * Runs `draw` on the document, ends it and resolves with the whole file. The listeners are attached
 * before anything is drawn: pdfkit streams while drawing, so chunks emitted early would be lost.
 */
export function renderToBuffer(
  doc: PDFKit.PDFDocument,
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.once('end', () => resolve(Buffer.concat(chunks)));
    doc.once('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
