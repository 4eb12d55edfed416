/**
 * A demo wound photograph drawn with sharp: skin with a little grain, a pressure ulcer whose size
 * and colours follow the healing stage given (dark red with yellow slough and a black patch early,
 * red then pink granulation later, an epithelial rim at the end), and a ruler with centimetre marks
 * beside it, as nurses photograph wounds. Deterministic: the same stage draws the same picture.
 */
import 'server-only';
import sharp from 'sharp';
import { grainOf } from './grain';

export interface WoundLook {
  /** The wound's long and short axes in centimetres. */
  lengthCm: number;
  widthCm: number;
  /** 0 = fresh (slough, necrosis), 1 = almost closed (pink, epithelialising). */
  healing: number;
  /** Printed on the ruler, as a nurse's label. */
  label: string;
}

const width = 1280;
const height = 960;
const pxPerCm = 64;
const centre = { x: 600, y: 390 };

/** A closed, slightly irregular outline around the centre; the wobble is fixed per seed. */
function outline(rx: number, ry: number, seed: number): string {
  const points: string[] = [];
  for (let step = 0; step < 48; step += 1) {
    const angle = (step / 48) * Math.PI * 2;
    const wobble = 1 + 0.07 * Math.sin(angle * 3 + seed) + 0.04 * Math.sin(angle * 7 + seed * 2);
    points.push(`${(centre.x + Math.cos(angle) * rx * wobble).toFixed(1)},${(centre.y + Math.sin(angle) * ry * wobble).toFixed(1)}`);
  }
  return `M${points.join(' L')} Z`;
}

const mix = (a: number[], b: number[], t: number) =>
  `rgb(${a.map((value, index) => Math.round(value + ((b[index] ?? value) - value) * t)).join(',')})`;

function ruler(label: string): string {
  const left = 160;
  const top = 760;
  const cm = 15;
  const ticks: string[] = [];
  for (let mm = 0; mm <= cm * 10; mm += 1) {
    const x = left + (mm * pxPerCm) / 10;
    const long = mm % 10 === 0 ? 40 : mm % 5 === 0 ? 28 : 16;
    ticks.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + long}" stroke="#222" stroke-width="${mm % 10 === 0 ? 3 : 1.5}"/>`);
    if (mm % 10 === 0 && mm > 0)
      ticks.push(`<text x="${x}" y="${top + 68}" font-size="24" text-anchor="middle" fill="#222">${mm / 10}</text>`);
  }
  return `<g font-family="Noto Sans CJK JP, sans-serif">
    <rect x="${left - 20}" y="${top - 6}" width="${cm * pxPerCm + 40}" height="150" rx="8" fill="#f6f2e4" stroke="#b9b19a"/>
    ${ticks.join('')}
    <text x="${left - 4}" y="${top + 68}" font-size="20" fill="#222">cm</text>
    <text x="${left}" y="${top + 122}" font-size="30" fill="#1d3a8a">${label}</text>
  </g>`;
}

function woundSvg(look: WoundLook): string {
  const rx = (look.lengthCm * pxPerCm) / 2;
  const ry = (look.widthCm * pxPerCm) / 2;
  const h = look.healing;
  const edge = mix([92, 22, 18], [214, 120, 116], h);
  const bed = mix([150, 40, 32], [232, 140, 136], h);
  const slough = Math.max(0, 1 - h * 2.2);
  const eschar = Math.max(0, 1 - h * 4);
  const rimOpacity = Math.max(0, h - 0.4) * 1.4;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs>
      <radialGradient id="skin" cx="45%" cy="40%" r="75%">
        <stop offset="0" stop-color="#eec3a6"/><stop offset="0.7" stop-color="#d9a383"/><stop offset="1" stop-color="#b98064"/>
      </radialGradient>
      <radialGradient id="redness" cx="50%" cy="50%" r="50%">
        <stop offset="0.45" stop-color="#c0443c" stop-opacity="${(0.55 * (1 - h)).toFixed(2)}"/>
        <stop offset="1" stop-color="#c0443c" stop-opacity="0"/>
      </radialGradient>
      <radialGradient id="bed" cx="50%" cy="50%" r="55%">
        <stop offset="0" stop-color="${bed}"/><stop offset="0.8" stop-color="${bed}"/><stop offset="1" stop-color="${edge}"/>
      </radialGradient>
      <radialGradient id="slough" cx="50%" cy="50%" r="50%">
        <stop offset="0" stop-color="#e2c86a" stop-opacity="${slough.toFixed(2)}"/>
        <stop offset="1" stop-color="#c9a24a" stop-opacity="0"/>
      </radialGradient>
      <radialGradient id="eschar" cx="50%" cy="50%" r="50%">
        <stop offset="0.5" stop-color="#2b1810"/><stop offset="1" stop-color="#2b1810" stop-opacity="0"/>
      </radialGradient>
      <radialGradient id="shine" cx="50%" cy="50%" r="50%">
        <stop offset="0" stop-color="#fff" stop-opacity="0.45"/><stop offset="1" stop-color="#fff" stop-opacity="0"/>
      </radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#skin)"/>
    <ellipse cx="${centre.x}" cy="${centre.y}" rx="${rx * 1.9}" ry="${ry * 1.9}" fill="url(#redness)"/>
    <path d="${outline(rx * 1.08, ry * 1.08, 2)}" fill="none" stroke="#f4d4c8" stroke-width="14" stroke-opacity="${rimOpacity.toFixed(2)}"/>
    <path d="${outline(rx, ry, 1)}" fill="url(#bed)" stroke="${edge}" stroke-width="5"/>
    <ellipse cx="${centre.x + rx * 0.1}" cy="${centre.y - ry * 0.05}" rx="${rx * 0.6}" ry="${ry * 0.55}" fill="url(#slough)"/>
    <path d="${outline(rx * 0.28, ry * 0.22, 3)}" transform="translate(${-rx * 0.35} ${ry * 0.2})" fill="url(#eschar)" opacity="${eschar.toFixed(2)}"/>
    <ellipse cx="${centre.x - rx * 0.3}" cy="${centre.y - ry * 0.35}" rx="${rx * 0.18}" ry="${ry * 0.08}" fill="url(#shine)"/>
    <ellipse cx="${centre.x + rx * 0.35}" cy="${centre.y + ry * 0.2}" rx="${rx * 0.1}" ry="${ry * 0.05}" fill="url(#shine)"/>
    ${ruler(look.label)}
  </svg>`;
}

/** The photograph as a JPEG, as a tablet's camera would send it. */
export async function drawWoundPhoto(look: WoundLook): Promise<Buffer> {
  return sharp(Buffer.from(woundSvg(look)))
    .composite([{ input: await grainOf(width, height, 18), raw: { width, height, channels: 3 }, blend: 'soft-light' }])
    .jpeg({ quality: 82 })
    .toBuffer();
}
