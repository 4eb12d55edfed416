/** Files for the file-handling tests: the photo fixtures, and minimal documents and bombs built here. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import sharp from 'sharp';

/** Kept in the repo (see its README), so the tests never depend on a folder beside the clone. */
export const photosDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/photos');

export const readPhoto = (name: string) => fs.readFileSync(path.join(photosDir, name));

const u16 = (value: number) => Buffer.from([value & 0xff, (value >>> 8) & 0xff]);
const u32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value >>> 0);
  return bytes;
};

/** A zip of the entries in the order given, deflated as Word and Excel write them, or stored. */
export function zipOf(entries: Record<string, string>, { deflate = true } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const plain = Buffer.from(text);
    const data = deflate ? deflateRawSync(plain) : plain;
    // version 20, flags 0, method 8 (deflate) or 0 (stored), time 0, date 1980-01-01
    const method = deflate ? 8 : 0;
    const common = Buffer.concat([
      u16(20),
      u16(0),
      u16(method),
      u16(0),
      u16(0x21),
      u32(crc32(plain)),
      u32(data.length),
      u32(plain.length),
      u16(nameBytes.length),
      u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, nameBytes, data]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(centrals.length),
    u16(centrals.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, central, end]);
}

const contentTypes = (mainPart: string, contentType: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="${mainPart}" ContentType="${contentType}"/></Types>`;

export const minimalDocx = () =>
  zipOf({
    '[Content_Types].xml': contentTypes(
      '/word/document.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    ),
    'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  });

export const minimalXlsx = () =>
  zipOf({
    '[Content_Types].xml': contentTypes('/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
    'xl/workbook.xml': '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
  });

export const minimalPptx = () =>
  zipOf({
    '[Content_Types].xml': contentTypes(
      '/ppt/presentation.xml',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    ),
    'ppt/presentation.xml': '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
  });

export const minimalPdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
      'trailer << /Root 1 0 R >>\n%%EOF\n',
  );

/** The header of a legacy Office (Compound File Binary) file: .doc, .xls, .msg and .msi all start so. */
export const cfbHeader = () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4092)]);

/** A one-bit, CCITT Group 4 TIFF as fax machines and fax software store pages: a black bar on white. */
export async function faxTiff(): Promise<Buffer> {
  const bar = { input: { create: { width: 1200, height: 60, channels: 3, background: '#000000' } }, left: 200, top: 300 } as const;
  const page = await sharp({ create: { width: 1728, height: 1100, channels: 3, background: '#ffffff' } })
    .composite([bar])
    .png()
    .toBuffer();
  // Group 4 takes one band of one bit: composite() added an alpha band.
  return sharp(page).removeAlpha().toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1 }).toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** 200 bytes whose header claims width × height RGB pixels: a decompression bomb's opening. */
export function pngClaiming(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const signature = Buffer.from('89504e470d0a1a0a', 'hex');
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.from('789c030000000001', 'hex')),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
