import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { FormsScreen } from './_components/forms-screen';

export default function FormsPage() {
  return (
    <Suspense fallback={<Splash />}>
      <FormsScreen />
    </Suspense>
  );
}
