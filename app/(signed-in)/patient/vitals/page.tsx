import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { VitalsScreen } from './_components/vitals-screen';

export default function VitalsPage() {
  return (
    <Suspense fallback={<Splash />}>
      <VitalsScreen />
    </Suspense>
  );
}
