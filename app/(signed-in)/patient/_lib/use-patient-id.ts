'use client';
/** The patient a screen is about, from `?id=` (pages are static app-shell documents, so no route segment). */
import { useSearchParams } from 'next/navigation';
import { z } from 'zod';

const patientIdParam = z.uuid();

export function usePatientId(): string | null {
  const parsed = patientIdParam.safeParse(useSearchParams().get('id'));
  return parsed.success ? parsed.data : null;
}
