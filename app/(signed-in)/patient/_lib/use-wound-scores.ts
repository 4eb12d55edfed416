'use client';
/** A patient's DESIGN-R®2020 scores on this device (withdrawn ones left out), oldest first, and those of one photo. */
import { useMemo } from 'react';
import type { DesignRScore, ObservationDoc } from '@/lib/schemas/observation';
import { usePatientObservations } from './use-observations';

export type WoundScore = ObservationDoc & { woundScore: DesignRScore };

export function useWoundScores(patientId: string): WoundScore[] | undefined {
  const all = usePatientObservations(patientId, 'woundScore');
  return useMemo(() => all?.filter((doc): doc is WoundScore => doc.woundScore !== null && doc.retractedAt === null), [all]);
}

export function scoresOfPhoto(scores: WoundScore[] | undefined, attachmentId: string): WoundScore[] {
  return (scores ?? []).filter((score) => score.attachmentId === attachmentId);
}
