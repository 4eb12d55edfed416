/**
 * HEIC/HEIF (iPhone photos) to raw RGBA. sharp's prebuilt libvips has libheif without an HEVC
 * decoder, so heic-decode (libheif compiled to WebAssembly) does it. It runs in a worker thread:
 * a 12 MP photo takes over a second of synchronous WebAssembly, which would stall every request,
 * and the ~150 MB the WebAssembly heap grows to is handed back when the worker ends.
 */
import 'server-only';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { refuse, type FileRefusal } from './file-refusal';

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 4;
}

type WorkerAnswer =
  { ok: true; width: number; height: number; data: Uint8ClampedArray } | { ok: false; reason: string; tooLarge?: boolean };

const workerUrl = new URL('./decode-heic-worker.mjs', import.meta.url);

/**
 * The worker's own V8 heap and stack, far below the server's: a hostile file that sends the decoder's
 * JavaScript into a runaway ends the worker (refused as HEIC_UNSUPPORTED), not the server. The
 * WebAssembly heap lives outside V8's; it is bounded by the pixel limit, checked before decoding.
 */
export const heicWorkerLimits: ResourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 };

export async function decodeHeic(
  input: Uint8Array,
  {
    maxPixels,
    timeoutMs = 60_000,
    resourceLimits = heicWorkerLimits,
  }: { maxPixels: number; timeoutMs?: number; resourceLimits?: ResourceLimits },
): Promise<RawImage | FileRefusal<'HEIC_UNSUPPORTED' | 'IMAGE_TOO_LARGE'>> {
  // A copy of just these bytes (a Buffer may view a larger pooled ArrayBuffer), moved, not cloned.
  const bytes = new Uint8Array(input);
  const worker = new Worker(workerUrl, {
    workerData: { input: bytes, maxPixels },
    transferList: [bytes.buffer],
    resourceLimits,
    // A plain .mjs file: no need for the parent's TypeScript loader.
    execArgv: [],
    // libheif prints its complaints; keep them for the refusal's reason instead of the server's log.
    stdout: true,
    stderr: true,
  });
  let printed = '';
  const keepPrinted = (chunk: Buffer) => {
    printed = (printed + chunk.toString()).slice(0, 500);
  };
  worker.stdout.on('data', keepPrinted);
  worker.stderr.on('data', keepPrinted);
  const because = (reason: string) => `HEIC could not be decoded: ${[reason, printed.trim()].filter(Boolean).join(' — ')}`;
  let timer: NodeJS.Timeout | undefined;
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the decoder stopped (exit code ${code})`)));
    });
    if (answer.ok) {
      const data = Buffer.from(answer.data.buffer, answer.data.byteOffset, answer.data.byteLength);
      return { data, width: answer.width, height: answer.height, channels: 4 };
    }
    if (answer.tooLarge) return refuse('IMAGE_TOO_LARGE', `HEIF image ${answer.reason}`);
    return refuse('HEIC_UNSUPPORTED', because(answer.reason));
  } catch (error) {
    return refuse('HEIC_UNSUPPORTED', because(error instanceof Error ? error.message : String(error)));
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}
