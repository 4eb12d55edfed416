'use client';
/**
 * Where the app runs, for what the browser will do with its data: installed to the home screen
 * (`display-mode: standalone`, or iOS's own flag) or in a tab, and whether the engine is Apple's
 * WebKit — every browser on an iPad or iPhone, where a site not installed loses its stored data
 * after seven days without use.
 */
import { useEffect, useState } from 'react';

export interface AppPlatform {
  standalone: boolean;
  appleMobile: boolean;
}

export function detectAppPlatform(): AppPlatform {
  const nav = navigator as Navigator & { standalone?: boolean };
  const standalone = window.matchMedia?.('(display-mode: standalone)').matches === true || nav.standalone === true;
  // iPadOS asks for desktop pages with a Mac's user agent: a Mac with a touch screen is an iPad.
  const appleMobile =
    /iPad|iPhone|iPod/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
  return { standalone, appleMobile };
}

/** Null until read in the browser (the pages are prerendered). */
export function useAppPlatform(): AppPlatform | null {
  const [platform, setPlatform] = useState<AppPlatform | null>(null);
  useEffect(() => setPlatform(detectAppPlatform()), []);
  return platform;
}
