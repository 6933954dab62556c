import { create, type QRCode } from 'qrcode';

/** Light modules around the symbol that scanners need (the QR specification's quiet zone). */
const QUIET_ZONE = 4;

/**
 * A QR code of `text`, error correction M (15% of the symbol can be damaged or dirty and it still
 * reads: posters get creased and scribbled on).
 */
export function qrCodeOf(text: string): QRCode {
  return create(text, { errorCorrectionLevel: 'M' });
}

/**
 * Draws the code as vector squares, quiet zone included, in a `size`-point square at (x, y).
 * Vector rather than a PNG through doc.image(): the edges stay sharp at any print resolution, and
 * it is far quicker than encoding a PNG (qrcode's toBuffer). Each row's runs of dark modules are
 * one rectangle, so renderers show no seams between neighbouring modules.
 */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  code: QRCode,
  x: number,
  y: number,
  size: number,
): void {
  const count = code.modules.size;
  const module = size / (count + 2 * QUIET_ZONE);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < count; row++) {
    let start = -1;
    for (let col = 0; col <= count; col++) {
      const dark = col < count && code.modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        doc.rect(
          x + (QUIET_ZONE + start) * module,
          y + (QUIET_ZONE + row) * module,
          (col - start) * module,
          module,
        );
        start = -1;
      }
    }
  }
  doc.fill('#000000');
}
