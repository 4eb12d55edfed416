import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { TimelineScreen } from './_components/timeline-screen';

export default function PatientPage() {
  // The patient id comes from the query string, read in the browser: the page itself is static.
  return (
    <Suspense fallback={<Splash />}>
      <TimelineScreen />
    </Suspense>
  );
}
