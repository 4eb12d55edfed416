import { describe, expect, it } from 'vitest';
import { maxConcurrentImages, withImageSlot } from '@/server/files/image-capacity';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('withImageSlot', () => {
  it(`runs at most ${maxConcurrentImages} jobs at once, the rest in the order they came`, async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const jobs = Array.from({ length: 7 }, (_, i) =>
      withImageSlot(async () => {
        started.push(i);
        running += 1;
        peak = Math.max(peak, running);
        await tick();
        running -= 1;
        return i * 10;
      }),
    );
    expect(await Promise.all(jobs)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(peak).toBe(maxConcurrentImages);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('frees the slot when a job throws', async () => {
    const failures = Array.from({ length: maxConcurrentImages + 1 }, () => withImageSlot(() => Promise.reject(new Error('boom'))));
    for (const failure of failures) await expect(failure).rejects.toThrow('boom');
    expect(await withImageSlot(async () => 'still running')).toBe('still running');
  });
});
