'use client';
/**
 * Creating a form: gathers what a new form is filled in from (lib/forms/prefill.ts) on this device,
 * writes it at once as the author's draft and opens it — so it survives whatever happens next.
 */
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import type { FormTemplateId } from '@/lib/domain/form-templates';
import { prefillForm } from '@/lib/forms/prefill';
import { templateOf } from '@/lib/forms/templates';
import { reportMonths } from '@/lib/forms/templates/report';
import { createForm } from '@/lib/offline/record-mutators';
import type { FormDoc } from '@/lib/schemas/form';
import type { MemberDoc } from '@/lib/schemas/care-team';
import type { PatientDoc } from '@/lib/schemas/patient';
import { japanDay } from '@/lib/time/japan-time';
import { useDirectory } from '@/app/_lib/offline/directory';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { formHref } from '../../_components/form-summary';
import { currentVersions } from '../../_lib/use-forms';
import { findVisits } from './visit-records';

export function useCreateForm(patient: PatientDoc, team: MemberDoc[], forms: FormDoc[]) {
  const { db, writer, me } = useOffline();
  const directory = useDirectory();
  const router = useRouter();
  return useCallback(
    async (template: FormTemplateId) => {
      if (!db || !writer) return;
      const today = japanDay(Date.now());
      const month = today.slice(0, 7);
      const members = team.map((member) => directory.get(member.userId));
      const previous = currentVersions(forms).find((form) => form.template === template) ?? null;
      const mine = await db.forms.find({ selector: { authorId: me.id }, sort: [{ clientCreatedAt: 'desc' }], limit: 20 }).exec();
      const ownLatest = mine.find((form) => form.template === template || form.status === 'final')?.content ?? null;
      const content = prefillForm(template, {
        today,
        patient,
        author: { name: me.displayName, profession: me.profession, facilityName: me.facility.name },
        previous: previous?.content ?? null,
        ownLatest,
        doctorName: members.find((entry) => entry?.profession === 'doctor')?.displayName ?? null,
        stationName: members.find((entry) => entry?.facilityKind === 'visitingNursing')?.facilityName ?? null,
        month,
        visits:
          template === 'visitingNursingReport'
            ? await findVisits(db, patient.id, me.facility.id, reportMonths({ reportMonth: month, spansTwoMonths: false }), directory)
            : [],
      });
      const id = crypto.randomUUID();
      await createForm(writer, { id, patientId: patient.id, template, content, period: templateOf(template).period(content) });
      router.push(formHref({ id, patientId: patient.id }));
    },
    [db, writer, me, directory, router, patient, team, forms],
  );
}
