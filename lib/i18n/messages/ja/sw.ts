/** A new version of the app is ready (the service worker). */
export const jaSw = {
  'sw.updateAvailable': '新しいバージョンが利用できます。',
  'sw.reload': '再読み込み',
} as const;
