import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { FormScreen } from './_components/form-screen';

export default function FormPage() {
  return (
    <Suspense fallback={<Splash />}>
      <FormScreen />
    </Suspense>
  );
}
