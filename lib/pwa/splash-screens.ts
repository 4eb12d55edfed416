/**
 * The launch screens iOS shows while a home-screen app opens (apple-touch-startup-image), one per
 * common iPad and iPhone screen and orientation: made at build by server/cli/make-install-images.ts,
 * linked from app/layout.tsx with the media query that picks each.
 */
interface Screen {
  /** CSS pixels, portrait. */
  width: number;
  height: number;
  ratio: 2 | 3;
}

const screens: Screen[] = [
  { width: 1024, height: 1366, ratio: 2 }, // iPad Pro 12.9"
  { width: 834, height: 1194, ratio: 2 }, // iPad Pro 11"
  { width: 820, height: 1180, ratio: 2 }, // iPad Air, iPad (10th)
  { width: 810, height: 1080, ratio: 2 }, // iPad 10.2"
  { width: 744, height: 1133, ratio: 2 }, // iPad mini
  { width: 430, height: 932, ratio: 3 }, // iPhone Pro Max / Plus
  { width: 393, height: 852, ratio: 3 }, // iPhone Pro
  { width: 390, height: 844, ratio: 3 }, // iPhone 12–14
  { width: 375, height: 667, ratio: 2 }, // iPhone SE
];

export interface SplashScreen {
  url: string;
  /** Device pixels of the image. */
  width: number;
  height: number;
  media: string;
}

export const splashScreens: SplashScreen[] = screens.flatMap(({ width, height, ratio }) =>
  (['portrait', 'landscape'] as const).map((orientation) => {
    const [w, h] = orientation === 'portrait' ? [width * ratio, height * ratio] : [height * ratio, width * ratio];
    return {
      url: `/splash/splash-${w}x${h}.png`,
      width: w,
      height: h,
      media: `(device-width: ${width}px) and (device-height: ${height}px) and (-webkit-device-pixel-ratio: ${ratio}) and (orientation: ${orientation})`,
    };
  }),
);

export const appScreenshots = [
  { src: '/screenshots/wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide' },
  { src: '/screenshots/narrow.png', sizes: '750x1334', type: 'image/png', form_factor: 'narrow' },
] as const;
