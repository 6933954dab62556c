import { ALLOWED_EVIDENCE_TYPES, mediaTypeOf, sniffContentType } from './evidence-files';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]);
const csv = Buffer.from('supplier,country\nAcme,VN\n');

describe('sniffContentType', () => {
  it('accepts bytes that match the declared type, ignoring parameters and case', () => {
    expect(sniffContentType(pdf, 'application/pdf')).toBe('application/pdf');
    expect(sniffContentType(png, 'image/png')).toBe('image/png');
    expect(sniffContentType(jpeg, 'IMAGE/JPEG')).toBe('image/jpeg');
    expect(sniffContentType(zip, DOCX)).toBe(DOCX);
    expect(sniffContentType(zip, XLSX)).toBe(XLSX);
    expect(sniffContentType(csv, 'text/csv; charset=utf-8')).toBe('text/csv');
    expect(sniffContentType(Buffer.from('Policy v2 – signed'), 'text/plain')).toBe('text/plain');
    expect(sniffContentType(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'text/plain')).toBe(
      'text/plain',
    );
  });

  it('refuses bytes that do not match the declared type', () => {
    expect(sniffContentType(png, 'application/pdf')).toBeNull();
    expect(sniffContentType(pdf, 'image/png')).toBeNull();
    expect(sniffContentType(Buffer.from([0xff, 0xd8]), 'image/jpeg')).toBeNull();
    expect(sniffContentType(pdf, DOCX)).toBeNull();
    expect(sniffContentType(csv, XLSX)).toBeNull();
    expect(sniffContentType(Buffer.from('<html>'), 'application/pdf')).toBeNull();
    expect(sniffContentType(pdf, 'text/plain')).toBeNull();
    expect(sniffContentType(zip, 'text/csv')).toBeNull();
    expect(sniffContentType(Buffer.from([0x4d, 0x5a, 0x90, 0x00]), 'text/plain')).toBeNull();
  });

  it('refuses types that are not allowed, whatever the bytes', () => {
    expect(sniffContentType(pdf, 'application/octet-stream')).toBeNull();
    expect(sniffContentType(csv, 'text/html')).toBeNull();
    expect(sniffContentType(csv, undefined)).toBeNull();
  });

  it('lists the allowed types and reads media types', () => {
    expect(ALLOWED_EVIDENCE_TYPES).toEqual(
      expect.arrayContaining([
        'application/pdf',
        'image/png',
        'image/jpeg',
        DOCX,
        XLSX,
        'text/csv',
      ]),
    );
    expect(mediaTypeOf(['Text/CSV ; charset=latin1'])).toBe('text/csv');
    expect(mediaTypeOf('')).toBeUndefined();
  });
});
