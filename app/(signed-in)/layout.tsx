import type { ReactNode } from 'react';
import { SignedInLayout } from '@/app/_components/signed-in-layout';

/** Every screen of a signed-in user shares one frame and one device session (see SignedInLayout). */
export default function Layout({ children }: { children: ReactNode }) {
  return <SignedInLayout>{children}</SignedInLayout>;
}
