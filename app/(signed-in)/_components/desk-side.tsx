'use client';
/** The list beside a timeline on a wide screen: What's new when the timeline was opened from it, else the patients. */
import { useSearchParams } from 'next/navigation';
import { PatientsOverview } from '../patients/_components/patients-screen';
import { WhatsNewFeed } from '../whats-new/_components/whats-new-screen';

/** `from=new` on a timeline's address: opened from What's new. */
export const fromWhatsNew = 'new';

export function DeskSide() {
  return useSearchParams().get('from') === fromWhatsNew ? <WhatsNewFeed /> : <PatientsOverview />;
}
