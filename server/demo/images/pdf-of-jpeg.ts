/**
 * A one-page PDF around a JPEG, written by hand (no PDF library): an A4 page showing the image
 * full-bleed, as a scanner's "scan to PDF" makes. The JPEG goes in as is (DCTDecode).
 */
import 'server-only';
import sharp from 'sharp';

const a4 = { width: 595, height: 842 };

export async function pdfOfJpeg(jpeg: Buffer): Promise<Buffer> {
  const { width = 0, height = 0, channels = 3 } = await sharp(jpeg).metadata();
  const colour = channels === 1 ? '/DeviceGray' : '/DeviceRGB';
  const drawing = Buffer.from(`q ${a4.width} 0 0 ${a4.height} 0 0 cm /Page Do Q\n`, 'latin1');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'),
    Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${a4.width} ${a4.height}] /Resources << /XObject << /Page 4 0 R >> >> /Contents 5 0 R >>`,
      'latin1',
    ),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${colour} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
        'latin1',
      ),
      jpeg,
      Buffer.from('\nendstream', 'latin1'),
    ]),
    Buffer.concat([Buffer.from(`<< /Length ${drawing.length} >>\nstream\n`, 'latin1'), drawing, Buffer.from('endstream', 'latin1')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(object);
    offset += object.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`),
  ];
  parts.push(
    Buffer.from(`${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'),
  );
  return Buffer.concat(parts);
}
