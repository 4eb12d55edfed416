import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { splashScreens } from '@/lib/pwa/splash-screens';
import { earlyScreenScript } from './_lib/early-screen/boot';
import { earlyScreenConfig } from './_lib/early-screen/config';
import { Providers } from './_components/providers';
import './globals.css';

export const metadata: Metadata = {
  title: 'Renraku',
  description: '在宅医療・介護の支援チームのための連絡帳 — the care-team notebook for home medical and long-term care',
  applicationName: 'Renraku',
  appleWebApp: {
    capable: true,
    title: 'Renraku',
    statusBarStyle: 'default',
    startupImage: splashScreens.map(({ url, media }) => ({ url, media })),
  },
  // Next writes only `mobile-web-app-capable`; iOS before 16.4 reads the apple- name alone.
  other: { 'apple-mobile-web-app-capable': 'yes' },
  icons: {
    icon: [
      { url: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { url: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
    apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180' }],
  },
  formatDetection: { telephone: false },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: '#1f6f78',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <head>
        {/* Before the app's scripts: the device key's release, and a kept picture of the screen (boot.ts). */}
        <script dangerouslySetInnerHTML={{ __html: earlyScreenScript(earlyScreenConfig) }} />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
