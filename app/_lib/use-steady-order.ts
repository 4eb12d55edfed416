'use client';
/**
 * Keeps a live, re-sorting list (My patients by last activity, What's new by newest news) still
 * under a hand. A click is a press and a release on the same element: a colleague's post that
 * re-sorts the list between the two loses the tap, and one that re-sorts it just before a press puts
 * the press on the wrong patient.
 *
 * So while a pointer is on the list (a finger pressed on it, a mouse over it) or keys move the focus
 * in it, and for a moment after, the list keeps the order it was shown in: rows that change
 * stay where they are (their figures do change), rows that come meanwhile go below. Once the hand
 * is off, the live order returns. A filter typed meanwhile still applies; only the order waits.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

/** How long the order stays held after the pointer leaves the list, or after the last key. */
export const holdOrderAfterMs = 1_000;

export interface SteadyOrderProps {
  onPointerEnter: (event: PointerEvent) => void;
  onPointerMove: (event: PointerEvent) => void;
  onPointerDown: (event: PointerEvent) => void;
  onPointerUp: (event: PointerEvent) => void;
  onPointerCancel: (event: PointerEvent) => void;
  onPointerLeave: (event: PointerEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** Where each key stood when the hand came on the list. */
export type ShownRank = ReadonlyMap<string, number>;

/** `items` in the order they were shown; those not shown then after them, in their live order. */
export function orderAsShown<T>(items: readonly T[], rank: ShownRank, keyOf: (item: T) => string): T[] {
  const place = (item: T, index: number) => rank.get(keyOf(item)) ?? rank.size + index;
  return items
    .map((item, index) => ({ item, at: place(item, index) }))
    .sort((a, b) => a.at - b.at)
    .map(({ item }) => item);
}

/**
 * `value` as it should be shown, and the pointer handlers for the element that holds it (every row
 * inside it). `keysOf` lists the keys of a value as shown, top to bottom (of a nested list, the keys
 * of both levels: they must not collide); `arrange` puts a live value in a shown order. Both must be
 * stable (module-level functions). While not `settled` (an order still to come: My patients in kana
 * order until a first sync has brought the posts), the order is held only from a press to its
 * release, and let go at the release even if the real order came meanwhile: a hand resting on the
 * list would keep the passing order after the real one has come, but a tap must land where it was
 * pressed (a first sync's re-sort between the two lost one, the list's e2e spec shows).
 */
export function useHeldOrder<T>(
  value: T,
  keysOf: (shown: T) => Iterable<string>,
  arrange: (value: T, rank: ShownRank) => T,
  settled = true,
): { shown: T; props: SteadyOrderProps } {
  const [rank, setRank] = useState<ShownRank | null>(null);
  const shown = useMemo(() => (rank ? arrange(value, rank) : value), [value, rank, arrange]);
  const lastShown = useRef<T>(shown);
  const isSettled = useRef(settled);
  useLayoutEffect(() => {
    lastShown.current = shown;
    isSettled.current = settled;
  }, [shown, settled]);

  /** A pointer on the list: a mouse over it (resting too), a finger or pen down on it. */
  const on = useRef(false);
  /** A press on the list, until its release. */
  const pressed = useRef(false);
  /** Whether the order held was taken before it was settled: let go at the press's release. */
  const passing = useRef(false);
  const release = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (release.current) clearTimeout(release.current);
    },
    [],
  );
  const hold = useCallback(
    (pointerOn: boolean | null, press?: boolean) => {
      if (pointerOn !== null) on.current = pointerOn;
      if (press !== undefined) pressed.current = press;
      const asShown = () => new Map(Array.from(keysOf(lastShown.current), (key, index) => [key, index]));
      if (!isSettled.current || passing.current) {
        if (release.current) clearTimeout(release.current);
        release.current = null;
        if (pressed.current) {
          if (!passing.current) setRank(asShown());
          passing.current = true;
        } else {
          passing.current = false;
          setRank(null);
        }
        return;
      }
      setRank((held) => held ?? asShown());
      if (release.current) clearTimeout(release.current);
      release.current = on.current
        ? null
        : setTimeout(() => {
            release.current = null;
            setRank(null);
          }, holdOrderAfterMs);
    },
    [keysOf],
  );
  const props = useMemo<SteadyOrderProps>(
    () => ({
      // A mouse resting on a row while its reader reads is about to click it: held until it leaves.
      onPointerEnter: () => hold(true),
      onPointerMove: () => hold(true),
      onPointerDown: () => hold(true, true),
      // A mouse released stays over the list; a finger lifted leaves it (pointerleave follows).
      onPointerUp: (event) => hold(event.pointerType === 'mouse', false),
      onPointerCancel: () => hold(false, false),
      onPointerLeave: () => hold(false, false),
      // j/k and the arrows move the focus from row to row (./use-list-keys.ts): not a row that moved meanwhile.
      onKeyDown: () => hold(null),
    }),
    [hold],
  );
  return { shown, props };
}

/** A flat list held so: `keyOf` must be stable (a module-level function). */
export function useSteadyOrder<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  settled = true,
): { ordered: readonly T[]; props: SteadyOrderProps } {
  const keysOf = useCallback((shown: readonly T[]) => shown.map(keyOf), [keyOf]);
  const arrange = useCallback((live: readonly T[], rank: ShownRank) => orderAsShown(live, rank, keyOf), [keyOf]);
  const { shown, props } = useHeldOrder(items, keysOf, arrange, settled);
  return { ordered: shown, props };
}
