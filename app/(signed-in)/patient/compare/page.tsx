import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { CompareScreen } from './_components/compare-screen';

export default function ComparePage() {
  return (
    <Suspense fallback={<Splash />}>
      <CompareScreen />
    </Suspense>
  );
}
