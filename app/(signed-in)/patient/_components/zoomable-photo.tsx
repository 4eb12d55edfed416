'use client';
/**
 * A photo that zooms with two fingers, the wheel or a double tap, and pans when zoomed (Pointer
 * Events: touch, pen and mouse alike). At the whole-photo zoom a sideways drag is a swipe. The
 * view belongs to the caller, so two photos can zoom and pan together.
 */
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import {
  clampView,
  doubleTapView,
  fittedSize,
  isDoubleTap,
  isTap,
  minScale,
  pinchOf,
  pinchView,
  swipeDirection,
  wheelFactor,
  zoomAt,
  type Pinch,
  type Point,
  type Size,
  type SwipeDirection,
  type Tap,
  type View,
} from '../_lib/photo-gestures';

interface Props {
  src: string | null;
  alt: string;
  /** The photo's upright size as recorded, used until the image itself has loaded. */
  size: Size;
  view: View;
  onViewChange: (view: View) => void;
  onSwipe?: (direction: SwipeDirection) => void;
  /** Said in place of the photo when there is none to show or it does not load. */
  unavailable: string;
  /** On a page that scrolls, the wheel scrolls it; Ctrl + wheel (and a trackpad pinch) still zooms. */
  wheelNeedsCtrl?: boolean;
}

type Gesture =
  | { kind: 'drag'; pointerId: number; from: Point; view: View; startedAt: number; fresh: boolean }
  | { kind: 'pinch'; from: Pinch; view: View };

function pointIn(element: HTMLElement, event: { clientX: number; clientY: number }): Point {
  const rect = element.getBoundingClientRect();
  return { x: event.clientX - rect.left - rect.width / 2, y: event.clientY - rect.top - rect.height / 2 };
}

export function ZoomablePhoto({ src, alt, size, view, onViewChange, onSwipe, unavailable, wheelNeedsCtrl = false }: Props) {
  const stageRef = useRef<HTMLDivElement>(null);
  const [stage, setStage] = useState<Size>({ width: 0, height: 0 });
  const [natural, setNatural] = useState<Size | null>(null);
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const [dragX, setDragX] = useState(0);
  const [active, setActive] = useState(false);
  const pointers = useRef(new Map<number, Point>());
  const gesture = useRef<Gesture | null>(null);
  const lastTap = useRef<Tap | null>(null);

  const fitted = fittedSize(natural ?? size, stage);
  const shown = clampView(view, fitted, stage);
  // Wheel events arrive faster than renders: the native listener reads and writes the latest here.
  const latest = useRef({ view: shown, fitted, stage, onViewChange });
  useEffect(() => {
    latest.current = { view: shown, fitted, stage, onViewChange };
  });

  function commit(next: View) {
    latest.current.view = next;
    onViewChange(next);
  }

  useEffect(() => {
    const element = stageRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setStage({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    // React's wheel listeners are passive: this one must stop the page from scrolling instead.
    const onWheel = (event: WheelEvent) => {
      if (wheelNeedsCtrl && !event.ctrlKey) return;
      event.preventDefault();
      const { view: current, fitted: fit, stage: box, onViewChange: change } = latest.current;
      const next = clampView(
        zoomAt(current, current.scale * wheelFactor(event.deltaY, event.deltaMode), pointIn(element, event)),
        fit,
        box,
      );
      latest.current.view = next;
      change(next);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      observer.disconnect();
      element.removeEventListener('wheel', onWheel);
    };
  }, [wheelNeedsCtrl]);

  function startGesture(time: number, fresh: boolean) {
    const [first, second] = [...pointers.current.entries()];
    if (first && second) gesture.current = { kind: 'pinch', from: pinchOf(first[1], second[1]), view: latest.current.view };
    else if (first)
      gesture.current = { kind: 'drag', pointerId: first[0], from: first[1], view: latest.current.view, startedAt: time, fresh };
    else gesture.current = null;
  }

  function onPointerDown(event: ReactPointerEvent<HTMLDivElement>) {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, pointIn(event.currentTarget, event));
    setActive(true);
    setDragX(0);
    startGesture(event.timeStamp, pointers.current.size === 1);
  }

  function onPointerMove(event: ReactPointerEvent<HTMLDivElement>) {
    if (!pointers.current.has(event.pointerId)) return;
    const point = pointIn(event.currentTarget, event);
    pointers.current.set(event.pointerId, point);
    const current = gesture.current;
    if (current?.kind === 'pinch') {
      const [a, b] = [...pointers.current.values()];
      if (a && b) commit(clampView(pinchView(current.view, current.from, pinchOf(a, b)), fitted, stage));
    } else if (current?.kind === 'drag' && current.pointerId === event.pointerId) {
      const moved = { x: point.x - current.from.x, y: point.y - current.from.y };
      if (current.view.scale > minScale)
        commit(clampView({ ...current.view, x: current.view.x + moved.x, y: current.view.y + moved.y }, fitted, stage));
      else if (current.fresh && onSwipe) setDragX(moved.x);
    }
  }

  function onPointerEnd(event: ReactPointerEvent<HTMLDivElement>) {
    const point = pointers.current.get(event.pointerId);
    if (!point) return;
    pointers.current.delete(event.pointerId);
    const current = gesture.current;
    // Only a press that began alone is a tap or a swipe, not the finger left over from a pinch.
    if (current?.kind === 'drag' && current.fresh && current.pointerId === event.pointerId && event.type === 'pointerup') {
      const moved = { x: point.x - current.from.x, y: point.y - current.from.y };
      const ms = event.timeStamp - current.startedAt;
      if (isTap(moved, ms)) {
        const tap = { at: point, time: event.timeStamp };
        if (isDoubleTap(lastTap.current, tap)) {
          commit(clampView(doubleTapView(latest.current.view, point), fitted, stage));
          lastTap.current = null;
        } else lastTap.current = tap;
      } else if (current.view.scale <= minScale && onSwipe) {
        const direction = swipeDirection(moved, ms, stage.width);
        if (direction) onSwipe(direction);
      }
    }
    setDragX(0);
    // A finger lifted from a pinch: the one left pans on from where it is, and is no swipe.
    startGesture(event.timeStamp, false);
    if (pointers.current.size === 0) setActive(false);
  }

  const showPhoto = src !== null && failedSrc !== src;
  return (
    <div
      ref={stageRef}
      className="zoom-stage"
      data-zoomed={shown.scale > minScale || undefined}
      data-active={active || undefined}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
    >
      {showPhoto ? (
        <img
          src={src}
          alt={alt}
          draggable={false}
          onLoad={(event) => setNatural({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })}
          onError={() => setFailedSrc(src)}
          style={{ transform: `translate(${shown.x + dragX}px, ${shown.y}px) scale(${shown.scale})` }}
        />
      ) : (
        <p className="zoom-unavailable" role="status">
          {unavailable}
        </p>
      )}
    </div>
  );
}
