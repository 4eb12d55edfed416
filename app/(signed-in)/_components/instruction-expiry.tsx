'use client';
/**
 * The home screen's warning: a patient's visiting nursing instruction (訪問看護指示書) ends within
 * 14 days, or ended in the last month with no newer one — so the nurse asks the physician in time.
 * Read from this device's forms, offline too.
 */
import Link from 'next/link';
import { useEffect, useMemo, type ReactNode } from 'react';
import { combineLatest, map } from 'rxjs';
import { endingInstructions } from '@/lib/forms/ending-instructions';
import { formatDate } from '@/lib/i18n/format';
import type { FormDoc } from '@/lib/schemas/form';
import { japanDate, japanDay } from '@/lib/time/japan-time';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { rememberInstructionExpiryCount } from '@/app/_lib/instruction-expiry-count';

/** `keptLines`: how many lines it had last time on this device, kept in place while the forms are read. */
export function InstructionExpiry({ keptLines }: { keptLines: number }) {
  const { t, locale } = useI18n();
  const { db } = useOffline();
  const { user } = useSignedIn();
  const sources = useRx(
    () =>
      db
        ? combineLatest([
            db.forms.find({ selector: { template: 'visitingNursingInstruction', status: 'final' } }).$,
            db.patients.find().$,
          ]).pipe(
            map(([forms, patients]) => ({
              forms: forms.map((form) => form.toJSON() as FormDoc),
              patients: new Map(patients.filter((patient) => patient.archivedAt === null).map((patient) => [patient.id, patient.name])),
            })),
          )
        : null,
    [db],
  );
  const endings = useMemo(() => (sources ? endingInstructions(sources.forms, sources.patients, japanDay(Date.now())) : null), [sources]);
  useEffect(() => {
    if (endings) rememberInstructionExpiryCount(user.id, endings.length);
  }, [endings, user.id]);

  if (!endings) return keptLines > 0 ? <KeptPlace lines={keptLines} /> : null;
  if (endings.length === 0) return null;
  return (
    <Warning>
      {endings.map((ending) => {
        const date = formatDate(japanDate(ending.end, '12:00:00'), locale);
        const text =
          ending.daysLeft > 1
            ? t('forms.expiry.endsIn', { name: ending.name, date, count: ending.daysLeft })
            : ending.daysLeft === 1
              ? t('forms.expiry.endsTomorrow', { name: ending.name, date })
              : ending.daysLeft === 0
                ? t('forms.expiry.endsToday', { name: ending.name, date })
                : t('forms.expiry.ended', { name: ending.name, date });
        return (
          <li key={ending.patientId}>
            <Link href={`/patient/forms?id=${ending.patientId}`}>{text}</Link>
          </li>
        );
      })}
    </Warning>
  );
}

/** The warning's frame: its heading, the list of instructions and the hint. */
function Warning({ busy, children }: { busy?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="alert alert-warning instruction-expiry" aria-labelledby="instruction-expiry" aria-busy={busy || undefined}>
      <h2 id="instruction-expiry">{t('forms.expiry.title')}</h2>
      <ul>{children}</ul>
      <p className="hint">{t('forms.expiry.hint')}</p>
    </section>
  );
}

/** The warning's place while the device's forms are read: as many lines as last time. */
function KeptPlace({ lines }: { lines: number }) {
  return (
    <Warning busy>
      {Array.from({ length: lines }, (_, line) => (
        <li key={line} className="kept-line" aria-hidden="true">
          {'\u00a0'}
        </li>
      ))}
    </Warning>
  );
}
