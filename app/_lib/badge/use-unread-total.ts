'use client';
/**
 * How many posts on this device the user has not read, across all their patients: the number the
 * app badge shows. The one place to swap for the shared `useUnreadCount()` once it lands; until
 * then it adds up what the patient list already counts per patient.
 */
import { usePatientActivity } from '@/app/(signed-in)/patients/_lib/use-patient-activity';

export function useUnreadTotal(): number | undefined {
  const activity = usePatientActivity();
  if (!activity) return undefined;
  let total = 0;
  for (const entry of activity.values()) total += entry.unread;
  return total;
}
