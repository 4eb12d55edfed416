import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { EditPatientScreen } from './_components/edit-patient-screen';

export default function EditPatientPage() {
  return (
    <Suspense fallback={<Splash />}>
      <EditPatientScreen />
    </Suspense>
  );
}
