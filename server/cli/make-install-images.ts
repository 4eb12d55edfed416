/**
 * Makes, at build (`npm run build`), the images the install experience needs and that are too
 * many or too large to commit: iOS launch screens for every size in lib/pwa/splash-screens.ts (the
 * app's colour with its icon in the middle) and the two screenshots the richer install sheet shows
 * (a drawing of the timeline, wide and narrow — no patient's data, and no text that would need a
 * font). Outputs go to public/splash and public/screenshots (ignored by git).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { appScreenshots, splashScreens } from '@/lib/pwa/splash-screens';

const root = process.cwd();
const background = '#f4f7f8';
const teal = '#1f6f78';
const icon = path.join(root, 'public', 'icons', 'icon-512.png');

async function splash(width: number, height: number, file: string): Promise<void> {
  const size = Math.round(Math.min(width, height) * 0.28);
  const glyph = await sharp(icon).resize(size, size).png().toBuffer();
  await sharp({ create: { width, height, channels: 3, background } })
    .composite([{ input: glyph, gravity: 'centre' }])
    .png({ compressionLevel: 9, palette: true })
    .toFile(file);
}

/** A schematic timeline: header bar, a patient list column when wide, posts as cards with coloured category chips. */
function timelineDrawing(width: number, height: number): string {
  const wide = width > height;
  const listWidth = wide ? 360 : 0;
  const chips = ['#4a6fa5', '#c0392b', '#2e8b57', '#8e44ad', '#1f6f78'];
  const cardX = listWidth + 32;
  const cardWidth = width - cardX - 32;
  const cards = chips
    .map((colour, index) => {
      const y = 120 + index * 170;
      if (y + 150 > height) return '';
      return `<rect x="${cardX}" y="${y}" width="${cardWidth}" height="150" rx="14" fill="#fff" stroke="#d5dde0"/>
      <rect x="${cardX + 20}" y="${y + 20}" width="90" height="26" rx="13" fill="${colour}"/>
      <rect x="${cardX + 20}" y="${y + 64}" width="${cardWidth * 0.7}" height="14" rx="7" fill="#c9d3d6"/>
      <rect x="${cardX + 20}" y="${y + 92}" width="${cardWidth * 0.5}" height="14" rx="7" fill="#c9d3d6"/>`;
    })
    .join('');
  const list = wide
    ? Array.from({ length: 6 }, (_, index) => {
        const y = 120 + index * 96;
        return `<rect x="24" y="${y}" width="${listWidth - 24}" height="80" rx="12" fill="${index === 0 ? '#d8ecee' : '#fff'}" stroke="#d5dde0"/>
        <rect x="44" y="${y + 22}" width="160" height="14" rx="7" fill="#8aa3a8"/><rect x="44" y="${y + 48}" width="100" height="12" rx="6" fill="#c9d3d6"/>`;
      }).join('')
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="${width}" height="${height}" fill="${background}"/>
  <rect width="${width}" height="80" fill="${teal}"/>
  <rect x="24" y="26" width="28" height="28" rx="6" fill="#fff"/><rect x="66" y="32" width="150" height="16" rx="8" fill="#d8ecee"/>
  ${list}${cards}
</svg>`;
}

fs.mkdirSync(path.join(root, 'public', 'splash'), { recursive: true });
fs.mkdirSync(path.join(root, 'public', 'screenshots'), { recursive: true });
await Promise.all(splashScreens.map((screen) => splash(screen.width, screen.height, path.join(root, 'public', screen.url))));
for (const shot of appScreenshots) {
  const [width, height] = shot.sizes.split('x').map(Number) as [number, number];
  await sharp(Buffer.from(timelineDrawing(width, height)))
    .png({ compressionLevel: 9 })
    .toFile(path.join(root, 'public', shot.src));
}
console.log(`[install images] ${splashScreens.length} launch screens and ${appScreenshots.length} screenshots written to public/`);
