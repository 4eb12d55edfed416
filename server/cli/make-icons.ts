/**
 * Renders the app icons in public/icons from one drawing (run once after changing it:
 * `npx tsx server/cli/make-icons.ts`). The outputs are committed.
 */
import path from 'node:path';
import sharp from 'sharp';

const teal = '#1f6f78';

function drawing(glyphScale: number, rounded: boolean): string {
  const size = 512;
  const g = (size * glyphScale) / 320;
  const offset = (size - 320 * g) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${rounded ? 112 : 0}" fill="${teal}"/>
  <g transform="translate(${offset} ${offset}) scale(${g})">
    <rect x="40" y="20" width="240" height="280" rx="28" fill="#ffffff"/>
    <rect x="40" y="20" width="44" height="280" rx="22" fill="#d8ecee"/>
    <circle cx="62" cy="80" r="9" fill="${teal}"/>
    <circle cx="62" cy="160" r="9" fill="${teal}"/>
    <circle cx="62" cy="240" r="9" fill="${teal}"/>
    <rect x="112" y="70" width="136" height="16" rx="8" fill="#9cc9cd"/>
    <rect x="112" y="110" width="104" height="16" rx="8" fill="#9cc9cd"/>
    <rect x="160" y="168" width="32" height="96" rx="8" fill="#e0674f"/>
    <rect x="128" y="200" width="96" height="32" rx="8" fill="#e0674f"/>
  </g>
</svg>`;
}

const out = path.join(process.cwd(), 'public', 'icons');
const any = Buffer.from(drawing(0.78, true));
const maskable = Buffer.from(drawing(0.6, false));

await sharp(any).resize(192, 192).png().toFile(path.join(out, 'icon-192.png'));
await sharp(any).resize(512, 512).png().toFile(path.join(out, 'icon-512.png'));
await sharp(maskable).resize(512, 512).png().toFile(path.join(out, 'icon-maskable-512.png'));
await sharp(maskable).resize(180, 180).flatten({ background: teal }).png().toFile(path.join(out, 'apple-touch-icon.png'));
await sharp(any).resize(48, 48).png().toFile(path.join(out, 'favicon-48.png'));
console.log('icons written to', out);
