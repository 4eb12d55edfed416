/**
 * The photo pipeline's figures on one 8 MP phone photo: all variants from processImage against a
 * bare sharp resize to WebP, throughput with two jobs at once, and the process's peak memory.
 * Run: node --import ./server/cli/register.mjs tests/bench/images/run.ts
 * Prints a table and, last, one `BENCH_IMAGES_JSON {...}` line. Targets are reported, not
 * enforced; the exit code is non-zero only when a measurement could not be made.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { processImage } from '@/server/files/process-image';
import { maxConcurrentImages } from '@/server/files/image-capacity';
import { renderVariant } from '@/server/files/image-variants';
import { median, ms, printTable, type Row } from '../sync/report';
import { interleaved, maxRssMb, sampleRss, timed } from './measure';

const photosDir = path.resolve(process.env.RENRAKU_TESTDATA_PHOTOS ?? 'tests/fixtures/photos');
const photo = path.join(photosDir, 'exif/phone-jolla.jpg');
const heic = path.join(photosDir, 'exif/iphone_13_pro_max.HEIC');
const shape = { iterations: 9, warmUp: 2, concurrentJobs: 2, imagesPerJob: 6 };
const log = (message: string) => console.error(`[bench:images] ${message}`);
const mb = (value: number) => `${Math.round(value)} MB`;

async function pipeline(file: string, kind: 'photo' | 'notebook'): Promise<void> {
  const result = await processImage(await fs.readFile(file), { kind });
  if (!result.ok) throw new Error(`${path.basename(file)} refused: ${result.code} (${result.reason})`);
}

const bare = (file: string) => sharp(file).resize(1600).webp().toBuffer();
/** The display variant alone, with the pipeline's own settings (WebP effort 2): what the other two add. */
const displayOnly = (file: string) => renderVariant(sharp(file).autoOrient().toColourspace('srgb'), 'display');

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = os.loadavg()[0] ?? NaN;
  const rss = sampleRss();
  const meta = await sharp(photo).metadata();
  log(
    `${path.relative(process.cwd(), photo)}: ${meta.width}x${meta.height}; ${shape.warmUp} warm-up rounds, then ${shape.iterations} timed`,
  );

  const samples = await interleaved(
    {
      full: () => pipeline(photo, 'photo'),
      bare: () => bare(photo),
      displayOnly: () => displayOnly(photo),
      legible: () => pipeline(photo, 'notebook'),
    },
    shape.iterations,
    shape.warmUp,
  );
  const [full, bareMs, display, legible] = [samples.full, samples.bare, samples.displayOnly, samples.legible].map((values) =>
    median(values ?? []),
  );
  if (full === undefined || bareMs === undefined || display === undefined || legible === undefined) throw new Error('a figure is missing');

  log(`${shape.concurrentJobs} jobs at once, ${shape.imagesPerJob} images each`);
  const concurrentMs = await timed(() =>
    Promise.all(
      Array.from({ length: shape.concurrentJobs }, async () => {
        for (let i = 0; i < shape.imagesPerJob; i += 1) await pipeline(photo, 'photo');
      }),
    ),
  );
  const imagesPerSecond = (shape.concurrentJobs * shape.imagesPerJob) / (concurrentMs / 1000);
  const peakJpeg = rss.peakMb();
  const maxRssJpeg = maxRssMb();

  log('one iPhone HEIC (12 MP), decoded in a worker thread');
  const heicMs = await timed(() => pipeline(heic, 'photo'));
  const peakAll = rss.peakMb();
  rss.stop();

  const ratio = full / bareMs;
  const rows: Row[] = [
    { figure: `full pipeline, 3 variants (median of ${shape.iterations})`, value: ms(full), target: '', met: null },
    { figure: '  baseline: sharp(file).resize(1600).webp().toBuffer()', value: ms(bareMs), target: '', met: null },
    { figure: '  ratio full / baseline', value: `${ratio.toFixed(2)}×`, target: '≤ 1.5', met: ratio <= 1.5 },
    { figure: '  (info) the display variant alone, same settings (WebP effort 2)', value: ms(display), target: '', met: null },
    { figure: '  (info) ratio full / display variant alone', value: `${(full / display).toFixed(2)}×`, target: '', met: null },
    { figure: '  (info) full pipeline with the legible variant (fax, notebook)', value: ms(legible), target: '', met: null },
    { figure: `images per second, ${shape.concurrentJobs} jobs at once`, value: imagesPerSecond.toFixed(2), target: '', met: null },
    {
      figure: 'peak RSS (sampled every 10 ms / kernel maxRSS)',
      value: `${mb(peakJpeg)} / ${mb(maxRssJpeg)}`,
      target: '≤ 400 MB',
      met: Math.max(peakJpeg, maxRssJpeg) <= 400,
    },
    { figure: '(info) HEIC 3024x4032, full pipeline', value: ms(heicMs), target: '', met: null },
    { figure: '  (info) peak RSS after it (sampled / kernel)', value: `${mb(peakAll)} / ${mb(maxRssMb())}`, target: '', met: null },
    {
      figure: '(info) machine load average (1 min), start / end',
      value: `${loadAtStart.toFixed(1)} / ${(os.loadavg()[0] ?? NaN).toFixed(1)}`,
      target: '',
      met: null,
    },
  ];
  printTable(rows);
  const settings = { maxConcurrentImages, libvipsThreadsPerPipeline: sharp.concurrency(), cpus: os.cpus().length };
  console.log(
    `BENCH_IMAGES_JSON ${JSON.stringify({
      shape,
      settings,
      samples,
      medians: { full, bare: bareMs, displayOnly: display, legible },
      ratio,
      concurrentMs,
      imagesPerSecond,
      rssMb: { peakSampled: peakJpeg, maxRss: maxRssJpeg, peakSampledWithHeic: peakAll, maxRssWithHeic: maxRssMb() },
      heicMs,
      durationS: Math.round((Date.now() - started) / 1000),
      rows,
    })}`,
  );
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
