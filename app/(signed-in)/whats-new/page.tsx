import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { WhatsNewScreen } from './_components/whats-new-screen';

export default function WhatsNewPage() {
  // The open patient (two panes) comes from the query string, read in the browser: the page is static.
  return (
    <Suspense fallback={<Splash />}>
      <WhatsNewScreen />
    </Suspense>
  );
}
