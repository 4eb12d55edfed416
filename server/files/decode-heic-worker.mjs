// Decodes one HEIC/HEIF image to RGBA in a worker thread (see decode-heic.ts for why a worker).
// Plain JavaScript so that Node can start it without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';

const { input, maxPixels } = workerData;

async function decode() {
  let heicDecode;
  try {
    heicDecode = (await import('heic-decode')).default;
  } catch (error) {
    return { ok: false, reason: `heic-decode is not available: ${error.message}` };
  }
  const images = await heicDecode.all({ buffer: input });
  try {
    const [primary] = images;
    if (!primary) return { ok: false, reason: 'the HEIF file holds no image' };
    if (primary.width * primary.height > maxPixels) {
      return { ok: false, tooLarge: true, reason: `${primary.width}x${primary.height} exceeds ${maxPixels} pixels` };
    }
    const { width, height, data } = await primary.decode();
    return { ok: true, width, height, data };
  } finally {
    images.dispose();
  }
}

try {
  const result = await decode();
  parentPort.postMessage(result, result.ok ? [result.data.buffer] : []);
} catch (error) {
  parentPort.postMessage({ ok: false, reason: error instanceof Error ? error.message : String(error) });
}
