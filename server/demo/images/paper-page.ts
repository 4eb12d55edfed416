/**
 * Demo pages photographed at the bedside: a FAX (black text on white, the sender's header line
 * along the top, a little toner grain) and a page of the paper notebook kept at the patient's home
 * (ruled cream paper, entries in blue ink). Text is rendered with the Noto CJK fonts, so both read
 * as they would in the app's FAX mode.
 */
import 'server-only';
import sharp from 'sharp';
import { grainOf } from './grain';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface FaxPage {
  header: string;
  title: string;
  lines: string[];
  signature: string[];
}

const faxSize = { width: 1240, height: 1754 };

export async function drawFaxPage(page: FaxPage): Promise<Buffer> {
  const { width, height } = faxSize;
  const body = page.lines.map((line, index) => `<text x="120" y="${420 + index * 58}" font-size="34">${escape(line)}</text>`).join('');
  const signature = page.signature
    .map((line, index) => `<text x="${width - 120}" y="${1380 + index * 50}" font-size="32" text-anchor="end">${escape(line)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Serif CJK JP, serif" fill="#111">
    <rect width="100%" height="100%" fill="#fbfbf8"/>
    <text x="40" y="44" font-size="24" font-family="Noto Sans CJK JP, monospace">${escape(page.header)}</text>
    <line x1="40" y1="60" x2="${width - 40}" y2="60" stroke="#333" stroke-width="2"/>
    <text x="${width / 2}" y="230" font-size="56" text-anchor="middle" font-weight="bold">${escape(page.title)}</text>
    <line x1="120" y1="300" x2="${width - 120}" y2="300" stroke="#111" stroke-width="3"/>
    ${body}${signature}
    <rect x="${width - 330}" y="1520" width="140" height="140" fill="none" stroke="#b22" stroke-width="5" opacity="0.75"/>
    <text x="${width - 260}" y="1608" font-size="44" text-anchor="middle" fill="#b22" opacity="0.75">印</text>
  </svg>`;
  return sharp(Buffer.from(svg))
    .grayscale()
    .composite([{ input: await grainOf(width, height, 10, 240), raw: { width, height, channels: 3 }, blend: 'multiply' }])
    .jpeg({ quality: 75 })
    .toBuffer();
}

export interface NotebookEntry {
  date: string;
  author: string;
  text: string[];
}

const notebookSize = { width: 1200, height: 1600 };

export async function drawNotebookPage(entries: NotebookEntry[]): Promise<Buffer> {
  const { width, height } = notebookSize;
  const ruled: string[] = [];
  for (let y = 160; y < height - 60; y += 64)
    ruled.push(`<line x1="60" y1="${y}" x2="${width - 60}" y2="${y}" stroke="#8fb0d8" stroke-width="2"/>`);
  const lines: string[] = [];
  let row = 0;
  for (const entry of entries) {
    lines.push(
      `<text x="90" y="${150 + row * 64}" font-size="36" fill="#1c2f7a">${escape(entry.date)}\u3000${escape(entry.author)}</text>`,
    );
    row += 1;
    for (const text of entry.text) {
      const tilt = ((row * 37) % 7) / 10 - 0.3;
      lines.push(
        `<text x="120" y="${150 + row * 64}" font-size="38" fill="#1c2f7a" transform="rotate(${tilt} 120 ${150 + row * 64})">${escape(text)}</text>`,
      );
      row += 1;
    }
    row += 1;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans CJK JP, sans-serif">
    <defs><linearGradient id="paper" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fbf5e2"/><stop offset="1" stop-color="#ecdfbf"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#paper)"/>
    ${ruled.join('')}
    <line x1="100" y1="40" x2="100" y2="${height - 40}" stroke="#e19a9a" stroke-width="2"/>
    ${lines.join('')}
  </svg>`;
  return sharp(Buffer.from(svg))
    .composite([{ input: await grainOf(width, height, 14), raw: { width, height, channels: 3 }, blend: 'soft-light' }])
    .jpeg({ quality: 82 })
    .toBuffer();
}
