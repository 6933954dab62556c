/**
 * The kinds of file accepted as evidence, and a check that the bytes are what the upload says they
 * are. Types with a signature (magic bytes) must start with it; text types must not look binary.
 */
export const ALLOWED_EVIDENCE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
  'text/csv',
] as const;

export type EvidenceContentType = (typeof ALLOWED_EVIDENCE_TYPES)[number];

/** What each type is called in messages to people. */
export const EVIDENCE_TYPE_LABELS: Readonly<Record<EvidenceContentType, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    'Word document (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook (.xlsx)',
  'text/plain': 'plain text',
  'text/csv': 'CSV',
};

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
/** docx and xlsx are ZIP containers: a local file header comes first. */
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const SIGNATURES: Partial<Record<EvidenceContentType, Buffer>> = {
  'application/pdf': PDF,
  'image/png': PNG,
  'image/jpeg': JPEG,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ZIP,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ZIP,
};

/** Binary formats a text upload must not be (a PDF declared as text/plain is refused). */
const BINARY_SIGNATURES = [PDF, PNG, JPEG, ZIP];

const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/**
 * The media type of a Content-Type header without parameters, lower-cased
 * ("Text/CSV; charset=utf-8" → "text/csv"); undefined when there is none.
 */
export function mediaTypeOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const type = value?.split(';')[0].trim().toLowerCase();
  return type || undefined;
}

export function isEvidenceContentType(type: string | undefined): type is EvidenceContentType {
  return (ALLOWED_EVIDENCE_TYPES as readonly string[]).includes(type ?? '');
}

function looksLikeText(buffer: Buffer): boolean {
  if (UTF16_BOMS.some((bom) => buffer.subarray(0, bom.length).equals(bom))) return true;
  if (BINARY_SIGNATURES.some((signature) => buffer.subarray(0, signature.length).equals(signature)))
    return false;
  return !buffer.includes(0);
}

/**
 * The allowed type the bytes are, when they match the declared Content-Type (which may carry
 * parameters); null when the type is not allowed or the bytes do not match it. Office documents are
 * only checked to be ZIP containers, as docx and xlsx share that signature.
 */
export function sniffContentType(
  buffer: Buffer,
  declared: string | undefined,
): EvidenceContentType | null {
  const type = mediaTypeOf(declared);
  if (!isEvidenceContentType(type)) return null;
  const signature = SIGNATURES[type];
  if (signature) return buffer.subarray(0, signature.length).equals(signature) ? type : null;
  return looksLikeText(buffer) ? type : null;
}
