import type { MetadataRoute } from 'next';
import { translate } from '@/lib/i18n/catalogue';
import { appScreenshots } from '@/lib/pwa/splash-screens';

const shortcutIcons = [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }];
/** The manifest has one language (ja, the app's first); the shortcut names carry the English after it. */
const both = (key: Parameters<typeof translate>[1]) => `${translate('ja', key)} / ${translate('en', key)}`;

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Renraku 在宅ケア連絡帳',
    short_name: 'Renraku',
    description: '在宅医療・介護の支援チームのための連絡帳',
    lang: 'ja',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#f4f7f8',
    theme_color: '#1f6f78',
    categories: ['medical', 'productivity'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      {
        name: both('install.shortcutWhatsNew'),
        short_name: translate('ja', 'install.shortcutWhatsNew'),
        url: '/whats-new',
        icons: shortcutIcons,
      },
      {
        name: both('install.shortcutPatients'),
        short_name: translate('ja', 'install.shortcutPatients'),
        url: '/patients',
        icons: shortcutIcons,
      },
      {
        name: both('install.shortcutNewPhoto'),
        short_name: translate('ja', 'install.shortcutNewPhoto'),
        url: '/new-photo',
        icons: shortcutIcons,
      },
    ],
    screenshots: appScreenshots.map((shot) => ({ ...shot })),
  };
}
