import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectFileType } from '@/server/files/detect-file-type';
import { cfbHeader, faxTiff, minimalDocx, minimalPdf, minimalPptx, minimalXlsx, readPhoto, zipOf } from './samples';

const solid = () => sharp({ create: { width: 8, height: 6, channels: 3, background: '#3366cc' } });

describe('detectFileType', () => {
  it.each([
    ['JPEG', () => readPhoto('exif/phone-jolla.jpg'), 'image/jpeg', 'jpg'],
    ['HEIC', () => readPhoto('exif/iphone_13_pro_max.HEIC'), 'image/heic', 'heic'],
    ['PNG', () => solid().png().toBuffer(), 'image/png', 'png'],
    ['WebP', () => solid().webp().toBuffer(), 'image/webp', 'webp'],
    ['TIFF (fax)', faxTiff, 'image/tiff', 'tif'],
  ])('accepts a %s as a photo', async (_name, bytes, mime, extension) => {
    expect(await detectFileType(await bytes(), 'photo')).toEqual({ ok: true, mime, extension, category: 'image' });
  });

  it.each([
    ['PDF', minimalPdf, 'application/pdf', 'pdf'],
    ['Word .docx', minimalDocx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['Excel .xlsx', minimalXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ])('accepts a %s as a document', async (_name, bytes, mime, extension) => {
    expect(await detectFileType(bytes(), 'document')).toEqual({ ok: true, mime, extension, category: 'document' });
  });

  it('reads a .docx whose entries are stored rather than deflated', async () => {
    const stored = zipOf(
      {
        '[Content_Types].xml':
          '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        'word/document.xml': '<w:document/>',
      },
      { deflate: false },
    );
    expect(await detectFileType(stored, 'document')).toMatchObject({ ok: true, extension: 'docx' });
  });

  it('refuses a document claimed as a photo, and a photo claimed as a document', async () => {
    expect(await detectFileType(minimalPdf(), 'photo')).toMatchObject({ ok: false, code: 'TYPE_MISMATCH' });
    expect(await detectFileType(minimalDocx(), 'photo')).toMatchObject({ ok: false, code: 'TYPE_MISMATCH' });
    expect(await detectFileType(readPhoto('exif/phone-jolla.jpg'), 'document')).toMatchObject({ ok: false, code: 'TYPE_MISMATCH' });
  });

  it.each([
    [
      'an HTML page (named photo.jpg by its sender)',
      () => Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
    ],
    ['an SVG', () => Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['a plain zip', () => zipOf({ 'notes.txt': 'hello', 'word.xml': '<x/>' })],
    ['a zip with Office-looking folders but no [Content_Types].xml', () => zipOf({ 'word/document.xml': '<w:document/>' })],
    ['a PowerPoint .pptx', minimalPptx],
    ['a legacy Office (CFB) file: .doc, .xls, .msg and .msi look alike', cfbHeader],
    ['a GIF', () => Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
    ['a Windows executable', () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])],
    ['plain text', () => Buffer.from('BP 128/76, SpO2 97%')],
    ['an empty file', () => Buffer.alloc(0)],
  ])('refuses %s as an unsupported type, whatever is claimed', async (_name, bytes) => {
    for (const claimed of ['photo', 'document'] as const) {
      const result = await detectFileType(bytes(), claimed);
      expect(result).toMatchObject({ ok: false, code: 'UNSUPPORTED_TYPE' });
      if (!result.ok) expect(result.reason).not.toBe('');
    }
  });
});
