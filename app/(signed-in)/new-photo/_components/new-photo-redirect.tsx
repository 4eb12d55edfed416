'use client';
/**
 * Opens the timeline of the patient last opened on this device at its composer, where the camera
 * button is (a page may not open the camera by itself); with none yet, the patient list.
 */
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { findLastPatient } from '@/app/_lib/last-patient';
import { Splash } from '@/app/_components/splash';

export function NewPhotoRedirect() {
  const { user } = useSignedIn();
  const router = useRouter();
  useEffect(() => {
    const patientId = findLastPatient(user.id);
    router.replace(patientId ? `/patient?id=${encodeURIComponent(patientId)}#composer` : '/patients');
  }, [router, user.id]);
  return <Splash />;
}
