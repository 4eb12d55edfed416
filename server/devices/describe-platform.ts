/**
 * A device's first name, OS and browser, read from its User-Agent. Only for people to tell their
 * devices apart (they can rename them); never for access decisions. iPadOS Safari asks for
 * desktop pages as a Mac, so Safari on "macOS" is named "iPad or Mac" rather than guessed.
 */
export interface PlatformDescription {
  name: string;
  os: string | null;
  browser: string | null;
}

export function describePlatform(userAgent: string | null): PlatformDescription {
  const ua = userAgent ?? '';
  const os = osOf(ua);
  const browser = browserOf(ua);
  const kind = kindOf(ua, os);
  return { name: browser ? `${kind} (${browser})` : kind, os, browser };
}

function osOf(ua: string): string | null {
  const ios = /(?:iPhone|iPad|iPod).*? OS (\d+)[_.](\d+)/.exec(ua);
  if (ios) return `iOS ${ios[1]}.${ios[2]}`;
  const android = /Android (\d+(?:\.\d+)?)/.exec(ua);
  if (android) return `Android ${android[1]}`;
  if (/CrOS/.test(ua)) return 'ChromeOS';
  if (/Windows NT/.test(ua)) return 'Windows';
  const mac = /Mac OS X (\d+)[_.](\d+)/.exec(ua);
  if (mac) return `macOS ${mac[1]}.${mac[2]}`;
  if (/Linux/.test(ua)) return 'Linux';
  return null;
}

function browserOf(ua: string): string | null {
  if (/Edg(?:A|iOS)?\//.test(ua)) return 'Edge';
  if (/SamsungBrowser\//.test(ua)) return 'Samsung Internet';
  if (/(?:Firefox|FxiOS)\//.test(ua)) return 'Firefox';
  if (/(?:Chrome|CriOS)\//.test(ua)) return 'Chrome';
  if (/Version\/[\d.]+.*Safari\//.test(ua)) return 'Safari';
  return null;
}

function kindOf(ua: string, os: string | null): string {
  if (/iPad/.test(ua)) return 'iPad';
  if (/iPhone|iPod/.test(ua)) return 'iPhone';
  if (/Android/.test(ua)) return /Mobile/.test(ua) ? 'Android phone' : 'Android tablet';
  if (os === 'ChromeOS') return 'Chromebook';
  if (os === 'Windows') return 'Windows PC';
  if (os?.startsWith('macOS')) return /Safari/.test(ua) && !/Chrome|CriOS|Firefox|Edg/.test(ua) ? 'iPad or Mac' : 'Mac';
  if (os === 'Linux') return 'Linux PC';
  return 'Browser';
}
