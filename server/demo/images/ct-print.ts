/**
 * A demo "printed CT" photographed from the hospital's paper copy: one axial chest slice in grey on
 * black (body outline, lungs, heart, spine), with the film's lettering. Not anatomy to learn from;
 * enough to show how a medical image sits in the gallery.
 */
import 'server-only';
import sharp from 'sharp';
import { grainOf } from './grain';

const width = 1024;
const height = 1024;

export async function drawCtPrint(caption: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans CJK JP, sans-serif">
    <defs>
      <radialGradient id="lung" cx="50%" cy="50%" r="50%"><stop offset="0" stop-color="#2a2a2a"/><stop offset="1" stop-color="#4a4a4a"/></radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="#050505"/>
    <ellipse cx="512" cy="540" rx="400" ry="290" fill="#8a8a8a"/>
    <ellipse cx="512" cy="540" rx="375" ry="268" fill="#6c6c6c"/>
    <g>
      <path d="M300 330 C200 360 170 520 200 640 C230 740 330 760 420 700 C450 600 450 420 420 340 Z" fill="url(#lung)"/>
      <path d="M724 330 C824 360 854 520 824 640 C794 740 694 760 604 700 C574 600 574 420 604 340 Z" fill="url(#lung)"/>
      <ellipse cx="540" cy="520" rx="95" ry="110" fill="#9a9a9a"/>
      <circle cx="500" cy="400" r="34" fill="#a8a8a8"/>
      <circle cx="512" cy="740" r="48" fill="#e8e8e8"/>
      <circle cx="512" cy="740" r="24" fill="#7a7a7a"/>
      <path d="M470 790 L512 830 L554 790" stroke="#dcdcdc" stroke-width="14" fill="none"/>
    </g>
    <g fill="#e0e0e0" font-size="26">
      <text x="30" y="50">${caption}</text>
      <text x="30" y="90">Ax 5.0mm  W:1500 L:-600</text>
      <text x="${width - 30}" y="50" text-anchor="end">R</text>
      <text x="${width - 30}" y="${height - 30}" text-anchor="end">120kV 250mA</text>
    </g>
  </svg>`;
  return sharp(Buffer.from(svg))
    .grayscale()
    .composite([{ input: await grainOf(width, height, 12), raw: { width, height, channels: 3 }, blend: 'soft-light' }])
    .jpeg({ quality: 80 })
    .toBuffer();
}
