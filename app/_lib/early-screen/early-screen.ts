'use client';
/**
 * The app's side of the page's first script (./boot.ts): the picture of a screen it keeps for the
 * next start, the key release it takes over, and taking the picture down.
 *
 * A picture is the screen as it was on display (the signed-in frame's header and the screen's
 * first content, as HTML), sealed with the user's data key like the screens' kept copies
 * (lib/offline/screen-copies.ts), beside the patients it shows: it goes with them, and with every
 * wipe of the user's data. It is only ever shown inert, under `aria-hidden`, until the app's own
 * screen is there.
 */
import type { EarlyRelease } from './boot';
import { earlyScreenConfig, type screenPaths } from './config';

export interface ScreenPicture {
  html: string;
  /** Where the screen opens: at its end (a timeline, newest at the bottom) or its top. */
  scroll: 'top' | 'bottom';
  /** The window's width when taken: another width lays the screen out otherwise. */
  width: number;
}

/** A larger picture (HTML characters) is not kept: it would take longer to draw than the app to start. */
export const largestPicture = 200_000;

/** What no picture shows: scripts, dialogs and menus open at that moment, the skip link, live announcements. */
const leftOut = 'script, noscript, template, next-route-announcer, dialog, [role="dialog"], [role="alert"], .skip-link, [data-no-picture]';

/** The picture's id for a page: its path and the record it shows. */
export function pictureIdOf(where: Pick<Location, 'pathname' | 'search'>): string {
  return `${where.pathname}?${new URLSearchParams(where.search).get('id') ?? ''}`;
}

/** The pages that keep a picture (a timeline, What's new, the patient list). */
export type ScreenPath = (typeof screenPaths)[number];

/**
 * The page as it is on display now, as a picture: what the app drew into the body, without what
 * is open over it; of a timeline only the posts of its first screen (the newest ones, at the
 * bottom); photos without their pictures (their addresses last only as long as this page).
 */
export function takePicture(scroll: ScreenPicture['scroll']): ScreenPicture | null {
  const parts: string[] = [];
  // What lies outside the window (with a margin) is left out — measured only while the page is where
  // it opens (its top, or a timeline's end), where the layout is the one the picture will show.
  const page = document.scrollingElement ?? document.documentElement;
  const atOpening = scroll === 'top' ? window.scrollY === 0 : window.scrollY + window.innerHeight >= page.scrollHeight - 2;
  const margin = window.innerHeight / 4;
  const view = atOpening ? { top: -margin, bottom: window.innerHeight + margin } : null;
  for (const child of document.body.children) {
    if (child.id === earlyScreenConfig.elementId || child.matches(leftOut)) continue;
    const copy = child.cloneNode(true) as Element;
    if (view) leaveOutOfView(child, copy, view);
    for (const element of copy.querySelectorAll(leftOut)) element.remove();
    for (const post of copy.querySelectorAll('article.post:not([data-first-screen])')) post.remove();
    for (const day of copy.querySelectorAll('section.timeline-day')) if (!day.querySelector('article')) day.remove();
    for (const image of copy.querySelectorAll('img[src^="blob:"]')) image.removeAttribute('src');
    // A picture is a copy, as the screens' own copies say of themselves (busy, from a copy).
    for (const element of copy.querySelectorAll('[aria-busy]')) {
      element.setAttribute('aria-busy', 'true');
      element.setAttribute('data-from-copy', '');
    }
    // The sync's state is the moment's, not the picture's: its bar keeps its place, empty.
    for (const element of copy.querySelectorAll('.sync-status > *')) element.setAttribute('style', 'visibility:hidden');
    // The first script marks what it reports itself (boot.ts).
    for (const element of copy.querySelectorAll('[elementtiming]')) element.removeAttribute('elementtiming');
    parts.push(copy.outerHTML);
  }
  const html = parts.join('');
  return html.length > 0 && html.length <= largestPicture ? { html, scroll, width: window.innerWidth } : null;
}

/** Removes from `copy` (a clone of `live`, before any change) every element wholly outside `view` (window coordinates). */
function leaveOutOfView(live: Element, copy: Element, view: { top: number; bottom: number }): void {
  const gone: Element[] = [];
  for (let index = 0; index < live.children.length; index += 1) {
    const child = live.children[index];
    const copied = copy.children[index];
    if (!child || !copied) continue;
    const box = child.getBoundingClientRect();
    const laidOut = box.width > 0 || box.height > 0;
    if (laidOut && (box.bottom < view.top || box.top > view.bottom)) gone.push(copied);
    else leaveOutOfView(child, copied, view);
  }
  for (const element of gone) element.remove();
}

/** What the first script left for the app under `name` (a global of the page), once. */
function takeHandoff<T>(name: string): T | undefined {
  const holder = window as unknown as Record<string, T | undefined>;
  const value = holder[name];
  delete holder[name];
  return value;
}

/** The key's release the first script asked for, for this user, once. */
export function takeEarlyRelease(userId: string): EarlyRelease['answer'] | null {
  const release = takeHandoff<EarlyRelease>(earlyScreenConfig.handoff);
  return release && release.userId === userId ? release.answer : null;
}

/** The longest the app's first screen waits for the picture to be on screen. */
const shownWaitMs = 200;

/**
 * Resolves once the first script's picture has been on screen, or at once where none is coming
 * (at most 200 ms); once per page. The app's first render of a screen is one long task: drawn
 * first, it would hold back the frame that shows the picture.
 */
export function whenEarlyScreenShown(): Promise<void> {
  const shown = takeHandoff<Promise<void>>(earlyScreenConfig.shownHandoff);
  if (!shown) return Promise.resolve();
  return Promise.race([shown, new Promise<void>((resolve) => window.setTimeout(resolve, shownWaitMs))]);
}

/**
 * Takes the picture down, and keeps one from going up: the app's own screen is there (in the same
 * task), or something else is (the lock screen, sign-in, another screen).
 */
export function dropEarlyScreen(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.dataset.earlyScreen = 'done';
  document.getElementById(earlyScreenConfig.elementId)?.remove();
}
