/**
 * The maskable icon survives every Android mask: all of its drawing lies inside the safe zone, the
 * centred circle of 40 % of the icon's width in radius, and the rest is the background colour
 * edge to edge (a mask may keep any of it).
 */
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

const file = path.join(process.cwd(), 'public', 'icons', 'icon-maskable-512.png');
const teal = [0x1f, 0x6f, 0x78];

describe('icon-maskable-512.png', () => {
  it('draws only inside the safe zone, on an opaque background that fills the square', async () => {
    const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([512, 512]);
    const centre = info.width / 2;
    const safeRadius = info.width * 0.4;
    let drawn = 0;
    let outside = 0;
    for (let y = 0; y < info.height; y += 1) {
      for (let x = 0; x < info.width; x += 1) {
        const at = (y * info.width + x) * 4;
        expect(data[at + 3]).toBe(255);
        const background = teal.every((value, channel) => Math.abs((data[at + channel] ?? 0) - value) <= 2);
        if (background) continue;
        drawn += 1;
        if (Math.hypot(x + 0.5 - centre, y + 0.5 - centre) > safeRadius) outside += 1;
      }
    }
    expect(drawn).toBeGreaterThan(10_000);
    expect(outside).toBe(0);
  });
});
