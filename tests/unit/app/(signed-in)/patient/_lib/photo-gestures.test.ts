import { describe, expect, it } from 'vitest';
import {
  clampScale,
  clampView,
  doubleTapScale,
  doubleTapView,
  fitView,
  fittedSize,
  isDoubleTap,
  isTap,
  maxScale,
  pinchOf,
  pinchView,
  swipeDirection,
  wheelFactor,
  wrapIndex,
  zoomAt,
} from '@/app/(signed-in)/patient/_lib/photo-gestures';

const stage = { width: 1000, height: 800 };

describe('clampScale', () => {
  it.each([
    [0.5, 1],
    [1, 1],
    [2.5, 2.5],
    [maxScale + 4, maxScale],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
  ])('%d → %d', (scale, expected) => {
    expect(clampScale(scale)).toBe(expected);
  });
});

describe('fittedSize', () => {
  it('fits a landscape photo to the stage width', () => {
    expect(fittedSize({ width: 2000, height: 1000 }, stage)).toEqual({ width: 1000, height: 500 });
  });

  it('fits a portrait photo to the stage height, enlarging a small one', () => {
    expect(fittedSize({ width: 300, height: 400 }, stage)).toEqual({ width: 600, height: 800 });
  });

  it('takes the stage when the photo’s size is unknown', () => {
    expect(fittedSize({ width: 0, height: 0 }, stage)).toEqual(stage);
  });
});

describe('clampView', () => {
  const fitted = { width: 1000, height: 500 };

  it('centres the whole photo at scale 1', () => {
    expect(clampView({ scale: 1, x: 120, y: -40 }, fitted, stage)).toEqual(fitView);
  });

  it('stops panning at the photo’s edges, and centres an axis still smaller than the stage', () => {
    // At 1.5×: 1500 × 750 in a 1000 × 800 stage — 250 px to spare each side horizontally, none vertically.
    expect(clampView({ scale: 1.5, x: 900, y: 300 }, fitted, stage)).toEqual({ scale: 1.5, x: 250, y: 0 });
    expect(clampView({ scale: 1.5, x: -900, y: -300 }, fitted, stage)).toEqual({ scale: 1.5, x: -250, y: 0 });
  });

  it('keeps the zoom within limits', () => {
    expect(clampView({ scale: 40, x: 0, y: 0 }, fitted, stage).scale).toBe(maxScale);
    expect(clampView({ scale: 0.2, x: 0, y: 0 }, fitted, stage).scale).toBe(1);
  });
});

describe('zoomAt', () => {
  it('keeps the point under the focus where it is', () => {
    const view = { scale: 2, x: 50, y: -20 };
    const focus = { x: 200, y: 100 };
    const contentPoint = { x: (focus.x - view.x) / view.scale, y: (focus.y - view.y) / view.scale };
    const zoomed = zoomAt(view, 3, focus);
    expect(zoomed.scale).toBe(3);
    expect(zoomed.x + contentPoint.x * zoomed.scale).toBeCloseTo(focus.x);
    expect(zoomed.y + contentPoint.y * zoomed.scale).toBeCloseTo(focus.y);
  });

  it('zooms about the centre without moving it', () => {
    expect(zoomAt(fitView, 2, { x: 0, y: 0 })).toEqual({ scale: 2, x: 0, y: 0 });
  });

  it('clamps the zoom it is asked for', () => {
    expect(zoomAt(fitView, 100, { x: 0, y: 0 }).scale).toBe(maxScale);
  });
});

describe('pinchView', () => {
  it('zooms by the fingers’ spread about their centre', () => {
    const from = pinchOf({ x: -50, y: 0 }, { x: 50, y: 0 });
    const to = pinchOf({ x: -100, y: 0 }, { x: 100, y: 0 });
    expect(pinchView(fitView, from, to)).toEqual({ scale: 2, x: 0, y: 0 });
  });

  it('pans with the fingers’ centre', () => {
    const from = pinchOf({ x: 0, y: 0 }, { x: 100, y: 0 });
    const to = pinchOf({ x: 30, y: 40 }, { x: 130, y: 40 });
    expect(pinchView({ scale: 2, x: 0, y: 0 }, from, to)).toEqual({ scale: 2, x: 30, y: 40 });
  });

  it('ignores fingers that start on the same spot', () => {
    const start = { scale: 2, x: 5, y: 5 };
    expect(pinchView(start, pinchOf({ x: 1, y: 1 }, { x: 1, y: 1 }), pinchOf({ x: 0, y: 0 }, { x: 50, y: 0 }))).toBe(start);
  });
});

describe('wheelFactor', () => {
  it('zooms in when the wheel turns up, out when down', () => {
    expect(wheelFactor(-100, 0)).toBeGreaterThan(1);
    expect(wheelFactor(100, 0)).toBeLessThan(1);
    expect(wheelFactor(0, 0)).toBe(1);
  });

  it('treats lines and pages as many pixels, and limits one event', () => {
    expect(wheelFactor(3, 1)).toBeCloseTo(wheelFactor(48, 0));
    expect(wheelFactor(1, 2)).toBeCloseTo(wheelFactor(150, 0));
  });
});

describe('double tap', () => {
  it('zooms in on the tapped point, then back to the whole photo', () => {
    const zoomed = doubleTapView(fitView, { x: 100, y: 0 });
    expect(zoomed.scale).toBe(doubleTapScale);
    expect(zoomed.x).toBeCloseTo(100 - 100 * doubleTapScale);
    expect(doubleTapView(zoomed, { x: 0, y: 0 })).toEqual(fitView);
  });

  it('counts two taps close in time and place', () => {
    const first = { at: { x: 10, y: 10 }, time: 1000 };
    expect(isDoubleTap(null, first)).toBe(false);
    expect(isDoubleTap(first, { at: { x: 20, y: 15 }, time: 1200 })).toBe(true);
    expect(isDoubleTap(first, { at: { x: 20, y: 15 }, time: 1500 })).toBe(false);
    expect(isDoubleTap(first, { at: { x: 90, y: 10 }, time: 1100 })).toBe(false);
  });

  it('tells a tap from a drag', () => {
    expect(isTap({ x: 3, y: 4 }, 120)).toBe(true);
    expect(isTap({ x: 30, y: 0 }, 120)).toBe(false);
    expect(isTap({ x: 0, y: 0 }, 900)).toBe(false);
  });
});

describe('swipeDirection', () => {
  it.each([
    [{ x: -300, y: 10 }, 400, 'next'],
    [{ x: 300, y: -10 }, 400, 'previous'],
    [{ x: -60, y: 0 }, 60, 'next'],
    [{ x: -120, y: 0 }, 1000, null],
    [{ x: -300, y: 250 }, 300, null],
    [{ x: 20, y: 0 }, 10, null],
  ] as const)('%j in %d ms on a 1000 px stage → %s', (moved, ms, expected) => {
    expect(swipeDirection(moved, ms, 1000)).toBe(expected);
  });

  it('needs at least 50 px on a narrow stage', () => {
    expect(swipeDirection({ x: -45, y: 0 }, 1000, 200)).toBeNull();
    expect(swipeDirection({ x: -55, y: 0 }, 1000, 200)).toBe('next');
  });
});

describe('wrapIndex', () => {
  it.each([
    [0, 5, 0],
    [5, 5, 0],
    [-1, 5, 4],
    [7, 5, 2],
    [-6, 5, 4],
    [3, 0, 0],
  ])('%d of %d → %d', (index, length, expected) => {
    expect(wrapIndex(index, length)).toBe(expected);
  });
});
