import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { TimelinePrintScreen } from './_components/timeline-print-screen';

export default function TimelinePrintPage() {
  // Static like every patient screen: the patient and the dates come from the query string.
  return (
    <Suspense fallback={<Splash />}>
      <TimelinePrintScreen />
    </Suspense>
  );
}
