/** Grey gaussian noise (mid-grey for soft-light, near white for multiply) as raw RGB pixels, blended over drawn pictures so they look photographed; made once per size. */
import 'server-only';
import sharp from 'sharp';

const made = new Map<string, Promise<Buffer>>();

export function grainOf(width: number, height: number, sigma: number, mean = 128): Promise<Buffer> {
  const key = `${width}x${height}/${sigma}/${mean}`;
  let grain = made.get(key);
  if (!grain) {
    grain = sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean, sigma } } })
      .raw()
      .toBuffer();
    made.set(key, grain);
  }
  return grain;
}
