/**
 * The arithmetic behind looking at a photo: zoom limits, pinch and wheel zoom about a point,
 * panning that keeps the photo on screen, when a drag is a swipe, and stepping round a list.
 * Points are in CSS pixels from the centre of the stage the photo is fitted in.
 */

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
/** `translate(x, y) scale(scale)` of the fitted photo, about its centre. */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export const fitView: View = { scale: 1, x: 0, y: 0 };
export const minScale = 1;
export const maxScale = 6;
/** The zoom a double tap goes to: enough to read a wound's edge or a FAX's small print. */
export const doubleTapScale = 2.5;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function clampScale(scale: number): number {
  return Number.isFinite(scale) ? clamp(scale, minScale, maxScale) : minScale;
}

/** The photo's size on screen at scale 1 (`object-fit: contain`); the stage's when the photo's is unknown. */
export function fittedSize(natural: Size, stage: Size): Size {
  if (natural.width <= 0 || natural.height <= 0) return stage;
  const ratio = Math.min(stage.width / natural.width, stage.height / natural.height);
  return { width: natural.width * ratio, height: natural.height * ratio };
}

/** Within the zoom limits, and never panned past the photo's edge (centred on an axis where it is smaller than the stage). */
export function clampView(view: View, fitted: Size, stage: Size): View {
  const scale = clampScale(view.scale);
  const maxX = Math.max(0, (fitted.width * scale - stage.width) / 2);
  const maxY = Math.max(0, (fitted.height * scale - stage.height) / 2);
  // `+ 0` turns -0 into 0, so a fitted view compares equal to fitView.
  return { scale, x: clamp(view.x, -maxX, maxX) + 0, y: clamp(view.y, -maxY, maxY) + 0 };
}

/** Zooms to `scale`, keeping the point under `focus` where it is. */
export function zoomAt(view: View, scale: number, focus: Point): View {
  const next = clampScale(scale);
  const ratio = next / view.scale;
  return { scale: next, x: focus.x - (focus.x - view.x) * ratio, y: focus.y - (focus.y - view.y) * ratio };
}

export interface Pinch {
  center: Point;
  distance: number;
}

export function pinchOf(a: Point, b: Point): Pinch {
  return { center: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, distance: Math.hypot(a.x - b.x, a.y - b.y) };
}

/** Two fingers: the point first between them follows their centre, and the zoom follows their spread. */
export function pinchView(start: View, from: Pinch, to: Pinch): View {
  if (from.distance <= 0) return start;
  const scale = clampScale((start.scale * to.distance) / from.distance);
  const ratio = scale / start.scale;
  return { scale, x: to.center.x - (from.center.x - start.x) * ratio, y: to.center.y - (from.center.y - start.y) * ratio };
}

/** How much one wheel event zooms: a mouse notch (~100 px) about 1.5×, a trackpad's small steps smoothly. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-clamp(pixels, -150, 150) / 250);
}

/** A double tap zooms in on the tapped point, or back to the whole photo when zoomed. */
export function doubleTapView(view: View, focus: Point): View {
  return view.scale > minScale + 0.01 ? fitView : zoomAt(view, doubleTapScale, focus);
}

export interface Tap {
  at: Point;
  time: number;
}

export const doubleTapMs = 320;
const doubleTapSlop = 30;

export function isDoubleTap(previous: Tap | null, current: Tap): boolean {
  if (!previous) return false;
  return (
    current.time - previous.time <= doubleTapMs && Math.hypot(current.at.x - previous.at.x, current.at.y - previous.at.y) <= doubleTapSlop
  );
}

/** A press that barely moved and was short: a tap, not a drag. */
export function isTap(moved: Point, ms: number): boolean {
  return Math.hypot(moved.x, moved.y) < 10 && ms < 400;
}

export type SwipeDirection = 'next' | 'previous';

/**
 * A mostly horizontal drag that went far enough (a fifth of the stage, at least 50 px) or was a
 * quick flick; a finger moving left brings the next photo, as in every photo app.
 */
export function swipeDirection(moved: Point, ms: number, stageWidth: number): SwipeDirection | null {
  const distance = Math.abs(moved.x);
  if (distance < 30 || distance < Math.abs(moved.y) * 1.5) return null;
  const far = distance >= Math.max(50, stageWidth * 0.2);
  const flick = ms > 0 && distance / ms >= 0.5;
  if (!far && !flick) return null;
  return moved.x < 0 ? 'next' : 'previous';
}

/** Steps round a list: after the last comes the first. */
export function wrapIndex(index: number, length: number): number {
  if (length <= 0) return 0;
  return ((index % length) + length) % length;
}
