'use client';
/**
 * On an iPad or iPhone, only Safari can add a page to the Home Screen with the app's manifest
 * (other browsers there are WebKit too, but their "Add to Home Screen" is missing or differs).
 */
const otherIosBrowsers = /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\/|YaBrowser|DuckDuckGo|Line\//;

export function isIosSafari(userAgent: string): boolean {
  return /Safari\//.test(userAgent) && !otherIosBrowsers.test(userAgent);
}

const guideSeenKey = (userId: string) => `renraku.iosGuideSeen.${userId}`;

export function wasGuideShown(userId: string): boolean {
  try {
    return localStorage.getItem(guideSeenKey(userId)) !== null;
  } catch {
    return true;
  }
}

export function markGuideShown(userId: string): void {
  try {
    localStorage.setItem(guideSeenKey(userId), String(Date.now()));
  } catch {
    // Shown again next time: harmless.
  }
}
