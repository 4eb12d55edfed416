import { Suspense } from 'react';
import { Splash } from '@/app/_components/splash';
import { TeamScreen } from './_components/team-screen';

export default function TeamPage() {
  return (
    <Suspense fallback={<Splash />}>
      <TeamScreen />
    </Suspense>
  );
}
