import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { GalleryScreen } from './_components/gallery-screen';

export default function GalleryPage() {
  return (
    <Suspense fallback={<Splash />}>
      <GalleryScreen />
    </Suspense>
  );
}
