'use client';
/**
 * Moves the focus between the items of a list with j/k or the arrow keys (Enter then opens a
 * link as it always does). A list listens while the focus is inside it; the `primary` one also
 * when the focus is in no such list (the page just opened, a header link). Typing in a field is
 * never taken over.
 */
import { useEffect, type RefObject } from 'react';

const next = new Set(['j', 'ArrowDown']);
const previous = new Set(['k', 'ArrowUp']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useListKeys(scope: RefObject<HTMLElement | null>, itemSelector: string, options: { primary?: boolean } = {}): void {
  const primary = options.primary ?? false;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const step = next.has(event.key) ? 1 : previous.has(event.key) ? -1 : 0;
      const root = scope.current;
      if (step === 0 || !root) return;
      const active = document.activeElement;
      const inside = active instanceof Node && root.contains(active);
      const inAnotherList = active instanceof Element && active.closest('[data-list-keys]') !== null;
      if (!inside && !(primary && !inAnotherList)) return;
      const items = Array.from(root.querySelectorAll<HTMLElement>(itemSelector));
      if (items.length === 0) return;
      const current = items.findIndex((item) => item === active || item.contains(active));
      const target = items[current === -1 ? (step === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, current + step))];
      if (!target) return;
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    };
    scope.current?.setAttribute('data-list-keys', '');
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [scope, itemSelector, primary]);
}
